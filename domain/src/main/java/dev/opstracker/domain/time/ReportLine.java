package dev.opstracker.domain.time;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;

/**
 * One bucket of a time report (or its total, {@code bucket} null): seconds worked, exact; the
 * billable ones, exact and rounded by the report's rule; what the rounded billable time comes to per
 * currency; and billable seconds no rate priced, so a missing rate shows rather than bills nothing silently.
 */
public record ReportLine(LocalDate bucket, long seconds, long billableSeconds, long roundedSeconds, Map<Currency, Money> amounts,
        long unpricedSeconds) {

    public ReportLine {
        amounts = Map.copyOf(amounts);
    }
}
