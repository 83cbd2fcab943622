package dev.opstracker.application.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
import jakarta.inject.Inject;
import java.io.Writer;
import java.util.stream.Stream;

/**
 * Time reports written out for billing tools: the report or its entries, streamed from the store to
 * the writer. A timer still running is in the report (counted up to now) but not among exported
 * entries, which import as finished work: it is exported once stopped. Every export is recorded in the
 * audit log (who, the filter and the format; never the data) before its first byte is written, so no
 * data leaves unrecorded.
 */
public final class TimeExports {

    private final BillingReports reports;
    private final TimeExportWriter writer;
    private final AuditLog audit;

    @Inject
    public TimeExports(BillingReports reports, TimeExportWriter writer, AuditLog audit) {
        this.reports = requireNonNull(reports, "reports is null");
        this.writer = requireNonNull(writer, "writer is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    /** As {@link #export(Actor, ReportRequest, ExportFormat, ExportOptions, Writer)}, by the {@linkplain Actor#LIBRARY library}. */
    public void export(ReportRequest request, ExportFormat format, ExportOptions options, Writer out) {
        export(Actor.LIBRARY, request, format, options, out);
    }

    /** Writes the report {@code request} asks for to {@code out} (left open) in {@code format}, recorded as exported by {@code actor}. */
    public void export(Actor actor, ReportRequest request, ExportFormat format, ExportOptions options, Writer out) {
        requireNonNull(actor, "actor is null");
        requireNonNull(request, "request is null");
        requireNonNull(format, "format is null");
        requireNonNull(out, "out is null");
        audit.record(actor, AuditAction.DATA_EXPORTED, format.perEntry() ? "time entries" : "time report",
                request.summary() + " format=" + format.wireName());
        if (!format.perEntry()) {
            writer.writeReport(out, request, reports.report(request), format);
            return;
        }
        try (Stream<ReportedEntry> finished = reports.entries(request, true)) {
            writer.writeEntries(out, request, finished::iterator, format, options == null ? ExportOptions.DEFAULT : options);
        }
    }
}
