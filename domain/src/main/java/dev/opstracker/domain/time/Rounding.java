package dev.opstracker.domain.time;

import dev.opstracker.domain.shared.DomainException;
import java.util.Locale;
import java.util.Set;

/**
 * How billed time is rounded: not at all, or up, to the nearest or down to a step of 1, 6, 15 or 30
 * minutes, per entry (then summed, as Harvest and Clockify do) or per day; and a minimum billable
 * time for any non-zero entry or day. Exact durations are kept beside the rounded ones.
 */
public record Rounding(Mode mode, int stepMinutes, Scope scope, int minimumMinutes) {

    // Before NONE: the constructor NONE runs reads it.
    private static final Set<Integer> STEPS = Set.of(1, 6, 15, 30);
    public static final Rounding NONE = new Rounding(Mode.NONE, 1, Scope.ENTRY, 0);

    /** Which way a duration moves to a step. */
    public enum Mode {
        NONE, UP, NEAREST, DOWN
    }

    /** What is rounded: each entry, or each day's total. */
    public enum Scope {
        ENTRY, DAY
    }

    public Rounding {
        if (mode == null || scope == null) {
            throw new DomainException.InvalidInput("rounding", mode, "a rounding has a mode (none, up, nearest, down) and a scope (entry, day)");
        }
        if (!STEPS.contains(stepMinutes)) {
            throw new DomainException.InvalidInput("rounding.minutes", stepMinutes, "a rounding step is 1, 6, 15 or 30 minutes");
        }
        if (minimumMinutes < 0 || minimumMinutes > 24 * 60) {
            throw new DomainException.InvalidInput("rounding.minimumMinutes", minimumMinutes, "a minimum lies between 0 and 1440 minutes");
        }
    }

    public static Rounding of(String mode, int stepMinutes, String scope, int minimumMinutes) {
        try {
            return new Rounding(Mode.valueOf(mode.strip().toUpperCase(Locale.ROOT)), stepMinutes, Scope.valueOf(scope.strip().toUpperCase(Locale.ROOT)),
                    minimumMinutes);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new DomainException.InvalidInput("rounding", mode + "/" + scope, "mode none, up, nearest or down; scope entry or day");
        }
    }

    /** {@code seconds} rounded by this rule; zero stays zero, so empty days bill nothing. */
    public long apply(long seconds) {
        if (seconds <= 0) {
            return 0;
        }
        long step = stepMinutes * 60L;
        long rounded = switch (mode) {
            case NONE -> seconds;
            case UP -> (seconds + step - 1) / step * step;
            case DOWN -> seconds / step * step;
            // Half a step rounds up, as billing tools do.
            case NEAREST -> (seconds + step / 2) / step * step;
        };
        return Math.max(rounded, minimumMinutes * 60L);
    }
}
