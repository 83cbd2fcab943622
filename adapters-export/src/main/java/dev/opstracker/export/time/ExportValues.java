package dev.opstracker.export.time;

import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** How values are written in every export, CSV or JSON alike: instants, durations, money and rounding rules. */
final class ExportValues {

    /** {@code 2026-03-29T03:30:00+02:00}: always seconds, always a numeric offset ({@code +00:00}, never {@code Z}). */
    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendOffset("+HH:MM:ss", "+00:00").toFormatter(Locale.ROOT);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private ExportValues() {
    }

    /** The instant as local date and time in {@code zone} with that zone's offset at the instant. */
    static String timestamp(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(OFFSET_DATE_TIME);
    }

    /** {@code H:MM:SS}, hours unbounded, as Toggl and Clockify write durations. */
    static String hhmmss(long seconds) {
        return "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** Decimal hours to two places, half up: {@code 7.5} hours is {@code 7.50}. */
    static String decimalHours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A plain decimal at the currency's minor unit ({@code 95.50} EUR, {@code 1200} JPY); a rate
     * given more finely than that (such as {@code 0.125}) keeps its digits, since rounding it would
     * change what it prices.
     */
    static String money(Money money) {
        return money.plainAmount();
    }

    /**
     * {@code up/15/entry} (mode, step minutes, scope), with {@code /min=30} when the rule has a
     * minimum; {@code none} for no rounding at all.
     */
    static String rounding(Rounding rounding) {
        if (rounding.mode() == Rounding.Mode.NONE && rounding.minimumMinutes() == 0) {
            return "none";
        }
        String rule = "%s/%d/%s".formatted(lower(rounding.mode()), rounding.stepMinutes(), lower(rounding.scope()));
        return rounding.minimumMinutes() == 0 ? rule : rule + "/min=" + rounding.minimumMinutes();
    }

    /** Amounts in the order of their currency codes, so a report's rows come out the same each time. */
    static List<Money> byCurrency(Collection<Money> amounts) {
        return amounts.stream().sorted(Comparator.comparing(amount -> amount.currency().getCurrencyCode())).toList();
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
