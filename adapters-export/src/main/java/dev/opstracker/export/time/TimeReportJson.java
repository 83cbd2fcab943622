package dev.opstracker.export.time;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Period;
import dev.opstracker.domain.time.ReportLine;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.List;

/**
 * A time report as JSON ({@value #SCHEMA}): what it covers (period, zone, range with the zone's
 * offsets), one line per bucket, then the total; hours and money as decimal strings, amounts per
 * currency (never converted or added across currencies). Fields are documented in
 * {@code FORMATS-time-exports.md} beside this class.
 */
public final class TimeReportJson {

    public static final String SCHEMA = "tracker.time-report/v1";

    /**
     * Writes the report to {@code out}, which stays open: {@code lines} are the report's buckets in
     * order, then its total (bucket null), as {@link dev.opstracker.domain.time.TimeReport} builds them
     * for {@code range}, bucketed by {@code period} in {@code zone}.
     *
     * @throws IllegalArgumentException unless exactly the last line is the total
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    public void write(Writer out, Period period, ZoneId zone, TimeRange range, List<ReportLine> lines) {
        requireNonNull(out, "out is null");
        requireNonNull(period, "period is null");
        requireNonNull(zone, "zone is null");
        requireNonNull(range, "range is null");
        requireTotalLast(lines);
        JsonDocument.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeStringField("period", period.wireName());
            json.writeStringField("timezone", zone.getId());
            json.writeStringField("from", ExportValues.timestamp(range.from(), zone));
            json.writeStringField("to", ExportValues.timestamp(range.to(), zone));
            json.writeArrayFieldStart("lines");
            for (ReportLine line : lines.subList(0, lines.size() - 1)) {
                json.writeStartObject();
                json.writeStringField("bucket", line.bucket().toString());
                writeFigures(json, line);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("total");
            writeFigures(json, lines.getLast());
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    private static void requireTotalLast(List<ReportLine> lines) {
        requireNonNull(lines, "lines is null");
        long totals = lines.stream().filter(line -> line.bucket() == null).count();
        if (lines.isEmpty() || lines.getLast().bucket() != null || totals != 1) {
            throw new IllegalArgumentException("a report's lines are its buckets, then its total (bucket null) last; got %d lines with %d totals"
                    .formatted(lines.size(), totals));
        }
    }

    private static void writeFigures(JsonGenerator json, ReportLine line) throws IOException {
        json.writeNumberField("seconds", line.seconds());
        json.writeStringField("hours", ExportValues.decimalHours(line.seconds()));
        json.writeNumberField("billableSeconds", line.billableSeconds());
        json.writeStringField("billableHours", ExportValues.decimalHours(line.billableSeconds()));
        json.writeNumberField("roundedSeconds", line.roundedSeconds());
        json.writeStringField("roundedHours", ExportValues.decimalHours(line.roundedSeconds()));
        json.writeArrayFieldStart("amounts");
        for (Money amount : ExportValues.byCurrency(line.amounts().values())) {
            json.writeStartObject();
            json.writeStringField("currency", amount.currency().getCurrencyCode());
            json.writeStringField("amount", ExportValues.money(amount));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("unpricedSeconds", line.unpricedSeconds());
    }
}
