package dev.opstracker.application.time;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.io.Writer;
import java.util.stream.Stream;

/**
 * Time reports written out for billing tools: the report or its entries, streamed from the store to
 * the writer. A timer still running is in the report (counted up to now) but not among exported
 * entries, which import as finished work: it is exported once stopped.
 */
public final class TimeExports {

    private final BillingReports reports;
    private final TimeExportWriter writer;

    @Inject
    public TimeExports(BillingReports reports, TimeExportWriter writer) {
        this.reports = requireNonNull(reports, "reports is null");
        this.writer = requireNonNull(writer, "writer is null");
    }

    /** Writes the report {@code request} asks for to {@code out} (left open) in {@code format}. */
    public void export(ReportRequest request, ExportFormat format, ExportOptions options, Writer out) {
        requireNonNull(out, "out is null");
        if (!format.perEntry()) {
            writer.writeReport(out, request, reports.report(request), format);
            return;
        }
        try (Stream<ReportedEntry> finished = reports.entries(request, true)) {
            writer.writeEntries(out, request, finished::iterator, format, options == null ? ExportOptions.DEFAULT : options);
        }
    }
}
