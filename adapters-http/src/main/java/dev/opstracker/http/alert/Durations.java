package dev.opstracker.http.alert;

import dev.opstracker.domain.shared.DomainException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spans of time as monitoring configuration writes them ({@code 30s}, {@code 10m}, {@code 2h}) or as ISO-8601 ({@code PT10M}). */
final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(s|m|h|d)");

    private Durations() {
    }

    static Duration parse(String field, String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher shortForm = SHORT.matcher(trimmed);
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException notIso) {
            throw new DomainException.InvalidInput(field, text, "a span of time such as 30s, 10m, 2h, 1d or PT10M");
        }
    }

    /** The shortest of {@code Nd}, {@code Nh}, {@code Nm}, {@code Ns} that is exact, else ISO-8601. */
    static String format(Duration duration) {
        long seconds = duration.getSeconds();
        if (duration.getNano() != 0) {
            return duration.toString();
        }
        if (seconds != 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds != 0 && seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
