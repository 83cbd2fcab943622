package dev.opstracker.domain.time;

import dev.opstracker.domain.shared.DomainException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How reports bucket time: by calendar day, ISO week (from Monday) or month, in a zone the report
 * chooses. A bucket is named by its first date; its length comes from the zone's calendar, so a day
 * across a daylight-saving switch is 23 or 25 hours, and an entry is cut exactly at each midnight.
 */
public enum Period {
    DAY, WEEK, MONTH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Period parse(String text) {
        for (Period period : values()) {
            if (period.wireName().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                return period;
            }
        }
        throw new DomainException.InvalidInput("groupBy", text, "expected day, week or month");
    }

    /** The first date of the bucket holding {@code date}. */
    public LocalDate bucketOf(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** The first date of the bucket after the one starting at {@code bucket}. */
    public LocalDate next(LocalDate bucket) {
        return switch (this) {
            case DAY -> bucket.plusDays(1);
            case WEEK -> bucket.plusWeeks(1);
            case MONTH -> bucket.plusMonths(1);
        };
    }

    /**
     * The seconds of [{@code start}, {@code end}) falling in each bucket of this period in {@code zone},
     * by the bucket's first date, in order; they add up to the whole span.
     */
    public Map<LocalDate, Long> split(Instant start, Instant end, ZoneId zone) {
        Map<LocalDate, Long> seconds = new LinkedHashMap<>();
        split(start, end, zone, bucket -> bucket.atStartOfDay(zone).toInstant(), (bucket, part) -> seconds.merge(bucket, part, Long::sum));
        return seconds;
    }

    /**
     * The same cut, each bucket's seconds handed to {@code pieces} in order, with the first instant of
     * a date taken from {@code startOfDay}: a caller cutting many entries may remember them.
     */
    public void split(Instant start, Instant end, ZoneId zone, Function<LocalDate, Instant> startOfDay, BiConsumer<LocalDate, Long> pieces) {
        LocalDate bucket = bucketOf(start.atZone(zone).toLocalDate());
        Instant from = start;
        while (from.isBefore(end)) {
            LocalDate following = next(bucket);
            Instant bucketEnd = startOfDay.apply(following);
            Instant to = bucketEnd.isBefore(end) ? bucketEnd : end;
            pieces.accept(bucket, Duration.between(from, to).getSeconds());
            from = to;
            bucket = following;
        }
    }
}
