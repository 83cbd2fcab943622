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
        return new TimeSettings(overlaps(environment.apply(OVERLAPS), defaults.refuseOverlaps()),
                duration(SUSPICIOUS_AFTER, environment.apply(SUSPICIOUS_AFTER), defaults.suspiciousAfter()),
                flag(STOP_ON_CLOSE, environment.apply(STOP_ON_CLOSE), defaults.stopOnClose()),
                duration(SHORTEST_DRAFT, environment.apply(SHORTEST_DRAFT), defaults.shortestDraft()));
    }

    private static boolean overlaps(String value, boolean refuseByDefault) {
        if (value == null || value.isBlank()) {
            return refuseByDefault;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "refuse" -> true;
            case "report" -> false;
            default -> throw new DomainException.InvalidInput(OVERLAPS, value, "refuse (an overlapping entry is refused) or report (stored and listed)");
        };
    }

    private static boolean flag(String variable, String value, boolean byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new DomainException.InvalidInput(variable, value, "true or false");
        };
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
