package dev.opstracker.domain.time;

import dev.opstracker.domain.shared.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of work time was spent on; rates may differ by activity. */
public enum Activity {
    INCIDENT, MAINTENANCE, CHANGE, MEETING, DEVELOPMENT, SUPPORT, OTHER;

    /** The name used in the API and exports, such as {@code incident}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a wire name; null or blank is {@link #OTHER}. */
    public static Activity parse(String text) {
        if (text == null || text.isBlank()) {
            return OTHER;
        }
        for (Activity activity : values()) {
            if (activity.wireName().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return activity;
            }
        }
        throw new DomainException.InvalidInput("activity", text, "expected one of "
                + Arrays.stream(values()).map(Activity::wireName).collect(Collectors.joining(", ")));
    }
}
