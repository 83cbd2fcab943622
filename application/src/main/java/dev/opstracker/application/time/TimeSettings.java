package dev.opstracker.application.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import java.time.Duration;

/**
 * How time is recorded here.
 *
 * @param refuseOverlaps  whether an entry overlapping another of the same user is refused (else stored and reported)
 * @param suspiciousAfter how long a timer may run before it is reported as probably forgotten
 * @param stopOnClose     whether closing a task (done, cancelled, its alert resolved) stops its running timers at that instant
 */
public record TimeSettings(boolean refuseOverlaps, Duration suspiciousAfter, boolean stopOnClose) {

    public static final TimeSettings DEFAULT = new TimeSettings(true, Duration.ofHours(12), true);

    public TimeSettings {
        requireNonNull(suspiciousAfter, "suspiciousAfter is null");
        if (suspiciousAfter.isNegative() || suspiciousAfter.isZero()) {
            throw new DomainException.InvalidInput("suspiciousAfter", suspiciousAfter, "a positive duration such as PT12H");
        }
    }
}
