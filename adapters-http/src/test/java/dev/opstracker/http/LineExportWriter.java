package dev.opstracker.http;

import dev.opstracker.application.time.ExportFormat;
import dev.opstracker.application.time.ExportOptions;
import dev.opstracker.application.time.ReportRequest;
import dev.opstracker.application.time.ReportedEntry;
import dev.opstracker.application.time.TimeExportWriter;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.ReportLine;
import dev.opstracker.domain.time.TimeEntryDetails;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A stand-in for the real export writers (adapters-export, which the HTTP adapter may not see): the
 * format's wire name on the first line, then one line per report line
 * ({@code bucket seconds billable rounded amounts unpriced}, the total's bucket {@code total}) or per entry
 * ({@code user start end seconds amount}).
 */
public final class LineExportWriter implements TimeExportWriter {

    @Override
    public void writeReport(Writer out, ReportRequest request, List<ReportLine> lines, ExportFormat format) {
        write(out, format.wireName());
        for (ReportLine line : lines) {
            String amounts = line.amounts().values().stream().map(Money::toString).sorted().collect(Collectors.joining(";"));
            write(out, "%s %d %d %d %s %d".formatted(line.bucket() == null ? "total" : line.bucket(), line.seconds(), line.billableSeconds(),
                    line.roundedSeconds(), amounts.isEmpty() ? "-" : amounts, line.unpricedSeconds()));
        }
    }

    @Override
    public void writeEntries(Writer out, ReportRequest request, Iterable<ReportedEntry> entries, ExportFormat format, ExportOptions options) {
        write(out, format.wireName());
        for (ReportedEntry entry : entries) {
            TimeEntryDetails details = entry.priced().entry().details();
            write(out, "%s %s %s %s".formatted(details.user(), details.start(), details.end(), entry.taskTitle()));
        }
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line + "\n");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
