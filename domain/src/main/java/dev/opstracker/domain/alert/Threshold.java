package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;

/**
 * How many firings of a problem must arrive within a window before it gets a task; until then the
 * problem is kept as a pending incident, never dropped. The window starts at the first firing and
 * starts again with the next firing after it ran out.
 */
public record Threshold(int count, Duration window) {

    public static final int MAX_COUNT = 10_000;
    /** Every firing opens (or folds into) a task at once. */
    public static final Threshold NONE = new Threshold(1, Duration.ZERO);

    public Threshold {
        requireNonNull(window, "window is null");
        if (count < 1 || count > MAX_COUNT) {
            throw new DomainException.InvalidInput("threshold.count", count, "between 1 and %d firings".formatted(MAX_COUNT));
        }
        if (count > 1 && !window.isPositive()) {
            throw new DomainException.InvalidInput("threshold.window", window, "a threshold of several firings needs a window longer than zero");
        }
        if (window.compareTo(IntakePolicy.MAX_WINDOW) > 0) {
            throw new DomainException.InvalidInput("threshold.window", window, "a window is at most %d days".formatted(IntakePolicy.MAX_WINDOW.toDays()));
        }
    }

    public boolean immediate() {
        return count == 1;
    }

    /** Whether a count that began at {@code since} still runs at {@code now}. */
    boolean stillCounting(Instant since, Instant now) {
        return !since.plus(window).isBefore(now);
    }
}
