package dev.opstracker.export.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.TimeEntryDetails;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/**
 * OpsTracker's own time entry CSV, one row per entry, traceable to the entry, its task and the
 * alert that opened it: start and end with the report zone's offset at each instant (so a row across
 * a daylight-saving switch shows both offsets), exact and rounded time with the rule that rounded it,
 * and the rate and amount at the currency's minor unit (empty when no rate priced the entry). RFC
 * 4180 through {@link CsvRows}; free text masked, every cell guarded against formulas. The columns
 * are documented in {@code FORMATS-time-exports.md} beside this class.
 */
public final class TimeEntriesCsv {

    public static final List<String> HEADER = List.of("entry_id", "task_id", "alert", "task", "user", "client", "project", "activity", "billable",
            "start", "end", "timezone", "duration_seconds", "duration_hhmmss", "hours_decimal", "hours_rounded", "rounding", "hourly_rate", "currency",
            "amount", "note");

    private final ZoneId zone;
    private final SecretMasker masker;

    /** Writes times in {@code zone} (the report's zone) and masks free text with {@code masker}. */
    public TimeEntriesCsv(ZoneId zone, SecretMasker masker) {
        this.zone = requireNonNull(zone, "zone is null");
        this.masker = requireNonNull(masker, "masker is null");
    }

    /**
     * Writes the header and one row per entry, in the order given, to {@code out}, which stays open.
     * Entries are read one at a time, so they may stream from a store.
     *
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    public void write(Writer out, Iterable<ExportedEntry> entries) {
        requireNonNull(out, "out is null");
        requireNonNull(entries, "entries is null");
        try (CsvRows rows = CsvRows.start(out, HEADER)) {
            for (ExportedEntry entry : entries) {
                rows.write(row(entry));
            }
        }
    }

    private List<String> row(ExportedEntry entry) {
        TimeEntryDetails details = entry.entry().details();
        long seconds = entry.seconds();
        return Stream.of(entry.entry().id().toString(), details.taskId().toString(), masker.mask(entry.alert()), masker.mask(entry.taskTitle()),
                details.user(), code(details.client()), code(details.project()), details.activity().wireName(), Boolean.toString(details.billable()),
                ExportValues.timestamp(details.start(), zone), ExportValues.timestamp(details.end(), zone), zone.getId(), Long.toString(seconds),
                ExportValues.hhmmss(seconds), ExportValues.decimalHours(seconds), ExportValues.decimalHours(entry.roundedSeconds()),
                ExportValues.rounding(entry.rounding()), entry.isPriced() ? ExportValues.money(entry.hourlyRate()) : "",
                entry.isPriced() ? entry.amount().currency().getCurrencyCode() : "", entry.isPriced() ? ExportValues.money(entry.amount()) : "",
                masker.mask(details.note()))
                .map(CsvCells::guarded)
                .toList();
    }

    private static String code(BillingCode code) {
        return code == null ? "" : code.value();
    }
}
