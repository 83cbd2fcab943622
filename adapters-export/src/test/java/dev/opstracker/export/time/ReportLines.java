package dev.opstracker.export.time;

import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.ReportLine;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A daily report over 28 to 30 March 2026 in Berlin (the 29th has 23 hours): a day priced in euros,
 * a day priced in euros and yen with a quarter hour no rate priced, a day of non-billable time, and
 * the total.
 */
final class ReportLines {

    private ReportLines() {
    }

    static List<ReportLine> acrossTheSwitch() {
        return List.of(line("2026-03-28", 5_400, 5_400, 5_400, 0, Money.of("143.25", "EUR")),
                line("2026-03-29", 9_000, 7_200, 8_100, 900, Money.of("95.50", "EUR"), Money.of("15000", "JPY")),
                line("2026-03-30", 1_800, 0, 0, 0),
                line(null, 16_200, 12_600, 13_500, 900, Money.of("238.75", "EUR"), Money.of("15000", "JPY")));
    }

    static ReportLine line(String bucket, long seconds, long billable, long rounded, long unpriced, Money... amounts) {
        Map<Currency, Money> byCurrency = Arrays.stream(amounts).collect(Collectors.toMap(Money::currency, Function.identity()));
        return new ReportLine(bucket == null ? null : LocalDate.parse(bucket), seconds, billable, rounded, byCurrency, unpriced);
    }
}
