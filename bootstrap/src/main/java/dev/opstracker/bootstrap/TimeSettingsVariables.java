package dev.opstracker.bootstrap;

import dev.opstracker.application.time.TimeSettings;
import dev.opstracker.domain.shared.DomainException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How time is recorded, from environment variables; each unset one keeps its default, and a bad
 * value is refused naming the variable and the value.
 */
public final class TimeSettingsVariables {

    public static final String OVERLAPS = "OPSTRACKER_TIME_OVERLAPS";
    public static final String SUSPICIOUS_AFTER = "OPSTRACKER_TIME_SUSPICIOUS_AFTER";
    public static final String STOP_ON_CLOSE = "OPSTRACKER_TIME_STOP_ON_CLOSE";
    public static final String SHORTEST_DRAFT = "OPSTRACKER_TIME_SHORTEST_DRAFT";

    private TimeSettingsVariables() {
    }

    /** The settings {@code environment} (a variable's value by name, null when unset) gives. */
    public static TimeSettings from(UnaryOperator<String> environment) {
        TimeSettings defaults = TimeSettings.DEFAULT;
        // refuse: an overlapping entry is refused naming the other; report: it is stored and listed.
        return new TimeSettings(either(OVERLAPS, environment.apply(OVERLAPS), "refuse", "report", defaults.refuseOverlaps()),
                duration(SUSPICIOUS_AFTER, environment.apply(SUSPICIOUS_AFTER), defaults.suspiciousAfter()),
                either(STOP_ON_CLOSE, environment.apply(STOP_ON_CLOSE), "true", "false", defaults.stopOnClose()),
                duration(SHORTEST_DRAFT, environment.apply(SHORTEST_DRAFT), defaults.shortestDraft()));
    }

    /** One of two words: {@code yes} for true, {@code no} for false; unset keeps the default. */
    private static boolean either(String variable, String value, String yes, String no, boolean byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (word.equals(yes) || word.equals(no)) {
            return word.equals(yes);
        }
        throw new DomainException.InvalidInput(variable, value, "%s or %s".formatted(yes, no));
    }

    private static Duration duration(String variable, String value, Duration byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException notADuration) {
            throw new DomainException.InvalidInput(variable, value, "an ISO-8601 duration such as PT12H or PT15M");
        }
    }
}
