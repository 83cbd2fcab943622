package dev.opstracker.bootstrap.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as people type them on a command line: ISO-8601 ({@code 2026-12-07T17:30:00Z}, with an offset, or local
 * {@code 2026-12-07T17:30} / {@code 2026-12-07 17:30} / {@code 2026-12-07}), a span from now ({@code 2h}, {@code 90m},
 * {@code 1d}, {@code 1h30m}, {@code PT2H}), or a day word with an optional time ({@code yesterday 17:30}, {@code today},
 * {@code tomorrow 9:00}, {@code 17:30}). Local times are in the given zone.
 */
public final class TimeArgument {

    /** Whether a bare span ({@code 2h}) counts back from now ({@code --since 2h}) or forward ({@code --due 2h}). */
    public enum Direction { AGO, AHEAD }

    private static final Pattern SPAN = Pattern.compile("(?:(\\d+)d)?\\s*(?:(\\d+)h)?\\s*(?:(\\d+)m)?\\s*(?:(\\d+)s)?");
    private static final Pattern DAY_AND_TIME = Pattern.compile("(yesterday|today|tomorrow)?\\s*(\\d{1,2}:\\d{2}(?::\\d{2})?)?");

    private TimeArgument() {
    }

    /**
     * @param option the option's name, for the message when {@code text} is no time
     * @throws CliFailure naming the option and the text when it is none of the forms above
     */
    public static Instant parse(String option, String text, Instant now, ZoneId zone, Direction direction) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw invalid(option, text);
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // the other forms follow
        }
        try {
            return LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toInstant();
        } catch (DateTimeParseException notLocal) {
            // the other forms follow
        }
        try {
            return LocalDate.parse(value).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            // the other forms follow
        }
        Duration span = span(value.toLowerCase(Locale.ROOT));
        if (span != null) {
            return direction == Direction.AGO ? now.minus(span) : now.plus(span);
        }
        Instant dayAndTime = dayAndTime(value.toLowerCase(Locale.ROOT), now, zone);
        if (dayAndTime != null) {
            return dayAndTime;
        }
        throw invalid(option, text);
    }

    /** A span such as {@code 2h}, {@code 1h30m}, {@code 45m}, {@code 1d} or ISO {@code PT2H}; null when the text is none. */
    public static Duration span(String text) {
        if (text.startsWith("p") || text.startsWith("P")) {
            try {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException notIso) {
                return null;
            }
        }
        Matcher matcher = SPAN.matcher(text);
        if (text.isBlank() || !matcher.matches()) {
            return null;
        }
        Duration span = Duration.ZERO;
        long[] units = {86_400, 3_600, 60, 1};
        for (int group = 1; group <= 4; group++) {
            if (matcher.group(group) != null) {
                span = span.plusSeconds(Long.parseLong(matcher.group(group)) * units[group - 1]);
            }
        }
        return span;
    }

    private static Instant dayAndTime(String text, Instant now, ZoneId zone) {
        Matcher matcher = DAY_AND_TIME.matcher(text);
        if (!matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null)) {
            return null;
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate day = switch (matcher.group(1) == null ? "today" : matcher.group(1)) {
            case "yesterday" -> today.minusDays(1);
            case "tomorrow" -> today.plusDays(1);
            default -> today;
        };
        try {
            LocalTime time = matcher.group(2) == null ? LocalTime.MIDNIGHT : LocalTime.parse(matcher.group(2).length() == 4 ? "0" + matcher.group(2)
                    : matcher.group(2));
            return day.atTime(time).atZone(zone).toInstant();
        } catch (DateTimeParseException badTime) {
            return null;
        }
    }

    private static CliFailure invalid(String option, String text) {
        return new CliFailure(("%s '%s' is not a time: give ISO-8601 (2026-12-07T17:30:00Z, 2026-12-07 17:30), a span from now (2h, 1h30m, 1d) "
                + "or a day and time (yesterday 17:30, today, tomorrow 9:00)").formatted(option, text));
    }
}
