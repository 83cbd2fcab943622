package dev.opstracker.application.time;

import dev.opstracker.domain.time.ReportLine;
import java.io.Writer;
import java.util.List;

/**
 * Writes time reports in the export formats (an adapter's job: the wire forms are not the core's).
 * Writers leave {@code out} open and write entries as the iteration reaches them, so an export of
 * any size streams.
 */
public interface TimeExportWriter {

    /** Writes a report's lines (one per bucket, then the total) in a format that is not {@link ExportFormat#perEntry per entry}. */
    void writeReport(Writer out, ReportRequest request, List<ReportLine> lines, ExportFormat format);

    /** Writes entries in a {@link ExportFormat#perEntry per-entry} format. */
    void writeEntries(Writer out, ReportRequest request, Iterable<ReportedEntry> entries, ExportFormat format, ExportOptions options);
}
