package dev.opstracker.export.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.ReportLine;
import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;

/**
 * A time report as CSV: one row per bucket and currency (a bucket nothing was priced in gets one
 * row with empty currency and amount), the total's rows last with {@code total} as their bucket.
 * The rows of one bucket repeat its seconds and hours, so sum amounts per currency, never seconds
 * over rows. RFC 4180 through {@link CsvRows}; every cell guarded against formulas. The columns are
 * documented in {@code FORMATS-time-exports.md} beside this class.
 */
public final class TimeReportCsv {

    public static final List<String> HEADER = List.of("bucket", "seconds", "hours", "billable_seconds", "billable_hours", "rounded_seconds",
            "rounded_hours", "unpriced_seconds", "currency", "amount");

    /**
     * Writes the header and the rows of each line, in the order given, to {@code out}, which stays
     * open; currencies within a line in the order of their codes.
     *
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    public void write(Writer out, List<ReportLine> lines) {
        requireNonNull(out, "out is null");
        requireNonNull(lines, "lines is null");
        try (CsvRows rows = CsvRows.start(out, HEADER)) {
            for (ReportLine line : lines) {
                List<Money> amounts = ExportValues.byCurrency(line.amounts().values());
                if (amounts.isEmpty()) {
                    rows.write(row(line, "", ""));
                }
                for (Money amount : amounts) {
                    rows.write(row(line, amount.currency().getCurrencyCode(), ExportValues.money(amount)));
                }
            }
        }
    }

    private static List<String> row(ReportLine line, String currency, String amount) {
        return Stream.of(line.bucket() == null ? "total" : line.bucket().toString(), Long.toString(line.seconds()),
                ExportValues.decimalHours(line.seconds()), Long.toString(line.billableSeconds()), ExportValues.decimalHours(line.billableSeconds()),
                Long.toString(line.roundedSeconds()), ExportValues.decimalHours(line.roundedSeconds()), Long.toString(line.unpricedSeconds()), currency,
                amount)
                .map(CsvCells::guarded)
                .toList();
    }
}
