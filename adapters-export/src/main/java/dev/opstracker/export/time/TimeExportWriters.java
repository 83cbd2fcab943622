package dev.opstracker.export.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.time.ExportFormat;
import dev.opstracker.application.time.ExportOptions;
import dev.opstracker.application.time.ReportRequest;
import dev.opstracker.application.time.ReportedEntry;
import dev.opstracker.application.time.TimeExportWriter;
import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.time.HourlyRate;
import dev.opstracker.domain.time.PricedEntry;
import dev.opstracker.domain.time.ReportLine;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryDetails;
import java.io.Writer;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

/**
 * Every time export format, chosen by {@link ExportFormat}: the report as tracker.time-report/v1 JSON
 * or CSV, its entries as tracker.time-entry/v1 JSON or our traceable CSV, or Toggl Track, Harvest and
 * Clockify import files. Free text is masked by the configured secret rules in every one.
 */
public final class TimeExportWriters implements TimeExportWriter {

    private final SecretMasker masker;

    public TimeExportWriters(SecretMasker masker) {
        this.masker = requireNonNull(masker, "masker is null");
    }

    @Override
    public void writeReport(Writer out, ReportRequest request, List<ReportLine> lines, ExportFormat format) {
        switch (format) {
            case JSON -> new TimeReportJson().write(out, request.period(), request.zone(), request.range(), lines);
            case CSV -> new TimeReportCsv().write(out, lines);
            case ENTRIES_JSON, ENTRIES_CSV, TOGGL, HARVEST, CLOCKIFY -> throw new IllegalArgumentException(format + " lists entries, not a report's lines");
        }
    }

    @Override
    public void writeEntries(Writer out, ReportRequest request, Iterable<ReportedEntry> entries, ExportFormat format, ExportOptions options) {
        Iterable<ExportedEntry> exported = () -> mapped(entries.iterator(), request.range());
        switch (format) {
            case ENTRIES_JSON -> new TimeEntriesJson(request.zone(), masker).write(out, exported);
            case ENTRIES_CSV -> new TimeEntriesCsv(request.zone(), masker).write(out, exported);
            case TOGGL -> new VendorCsv(request.zone(), masker).toggl(out, exported);
            case HARVEST -> new VendorCsv(request.zone(), masker).harvest(out, exported);
            case CLOCKIFY -> new VendorCsv(request.zone(), masker).clockify(out, exported, options.dateFormatter(), options.timeFormatter());
            case JSON, CSV -> throw new IllegalArgumentException(format + " writes a report's lines, not its entries");
        }
    }

    private static Iterator<ExportedEntry> mapped(Iterator<ReportedEntry> entries, TimeRange range) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public ExportedEntry next() {
                return exported(entries.next(), range);
            }
        };
    }

    /**
     * The entry cut to the range, so an entry across the range's edge is exported in the part this
     * range bills and the rest in the next export, never twice. People have no profile here yet: the
     * user name stands for the first name, and for the e-mail address when it is one (Toggl and
     * Clockify match people by e-mail, Harvest by name).
     */
    static ExportedEntry exported(ReportedEntry reported, TimeRange range) {
        PricedEntry priced = reported.priced();
        TimeEntry whole = priced.entry();
        TimeEntryDetails details = whole.details();
        Instant start = details.start().isBefore(range.from()) ? range.from() : details.start();
        Instant end = details.end().isAfter(range.to()) ? range.to() : details.end();
        TimeEntry cut = new TimeEntry(whole.id(), details.withSpan(start, end), whole.createdAt(), whole.updatedAt(), whole.version());
        String user = details.user();
        HourlyRate rate = priced.amount() == null ? null : priced.rate();
        return new ExportedEntry(cut, reported.alert(), reported.taskTitle(), user.contains("@") ? user : "", user, "",
                priced.roundedSeconds(), priced.rounding(), rate == null ? null : rate.perHour(), priced.amount(),
                List.of(details.activity().wireName()));
    }
}
