package dev.opstracker.export.time;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.Rounding;
import dev.opstracker.domain.time.TimeEntryDetails;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;

/**
 * OpsTracker's own time entry JSON ({@value #SCHEMA}): a document naming its schema and the
 * report's zone, then the entries, each traceable to its task and alert, with start and end carrying
 * the report zone's offset at each instant, the zone the work was recorded in, exact and rounded
 * time with the rule, and money as decimal strings at the currency's minor unit (null when no rate
 * priced the entry). Free text is masked. Streamed as entries arrive, so a large export is never
 * held in memory. Fields are documented in {@code FORMATS-time-exports.md} beside this class.
 */
public final class TimeEntriesJson {

    public static final String SCHEMA = "tracker.time-entry/v1";

    private final ZoneId zone;
    private final SecretMasker masker;

    /** Writes times in {@code zone} (the report's zone) and masks free text with {@code masker}. */
    public TimeEntriesJson(ZoneId zone, SecretMasker masker) {
        this.zone = requireNonNull(zone, "zone is null");
        this.masker = requireNonNull(masker, "masker is null");
    }

    /**
     * Writes the document to {@code out}, which stays open: each entry is written as the iteration
     * reaches it, in order, so entries may stream from a store.
     *
     * @throws java.io.UncheckedIOException when {@code out} fails; the document is then left unfinished
     */
    public void write(Writer out, Iterable<ExportedEntry> entries) {
        requireNonNull(out, "out is null");
        requireNonNull(entries, "entries is null");
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeStringField("timezone", zone.getId());
            json.writeArrayFieldStart("entries");
            for (ExportedEntry entry : entries) {
                writeEntry(json, entry);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private void writeEntry(JsonGenerator json, ExportedEntry entry) throws IOException {
        TimeEntryDetails details = entry.entry().details();
        json.writeStartObject();
        json.writeNumberField("id", entry.entry().id().value());
        json.writeNumberField("taskId", details.taskId().value());
        json.writeStringField("alert", masker.mask(entry.alert()));
        json.writeStringField("task", masker.mask(entry.taskTitle()));
        json.writeStringField("user", details.user());
        json.writeStringField("client", code(details.client()));
        json.writeStringField("project", code(details.project()));
        json.writeStringField("activity", details.activity().wireName());
        json.writeBooleanField("billable", details.billable());
        json.writeStringField("start", ExportValues.timestamp(details.start(), zone));
        json.writeStringField("end", ExportValues.timestamp(details.end(), zone));
        json.writeStringField("recordedZone", details.zone().getId());
        json.writeNumberField("durationSeconds", entry.seconds());
        json.writeStringField("hoursRounded", ExportValues.decimalHours(entry.roundedSeconds()));
        json.writeNumberField("roundedSeconds", entry.roundedSeconds());
        writeRounding(json, entry.rounding());
        json.writeStringField("hourlyRate", entry.isPriced() ? ExportValues.money(entry.hourlyRate()) : null);
        json.writeStringField("currency", entry.isPriced() ? entry.amount().currency().getCurrencyCode() : null);
        json.writeStringField("amount", entry.isPriced() ? ExportValues.money(entry.amount()) : null);
        json.writeStringField("note", masker.mask(details.note()));
        json.writeArrayFieldStart("tags");
        for (String tag : entry.tags()) {
            json.writeString(masker.mask(tag));
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeRounding(JsonGenerator json, Rounding rounding) throws IOException {
        json.writeObjectFieldStart("rounding");
        json.writeStringField("mode", ExportValues.lower(rounding.mode()));
        json.writeNumberField("minutes", rounding.stepMinutes());
        json.writeStringField("scope", ExportValues.lower(rounding.scope()));
        json.writeNumberField("minimumMinutes", rounding.minimumMinutes());
        json.writeEndObject();
    }

    private static String code(BillingCode code) {
        return code == null ? null : code.value();
    }
}
