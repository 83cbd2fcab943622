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
 * @param shortestDraft   the length of a drafted entry whose evidence is a single moment (or spans less)
 */
public record TimeSettings(boolean refuseOverlaps, Duration suspiciousAfter, boolean stopOnClose, Duration shortestDraft) {

    public static final Duration DEFAULT_SHORTEST_DRAFT = Duration.ofMinutes(15);
    public static final TimeSettings DEFAULT = new TimeSettings(true, Duration.ofHours(12), true, DEFAULT_SHORTEST_DRAFT);

    public TimeSettings {
        requireNonNull(suspiciousAfter, "suspiciousAfter is null");
        if (suspiciousAfter.isNegative() || suspiciousAfter.isZero()) {
            throw new DomainException.InvalidInput("suspiciousAfter", suspiciousAfter, "a positive duration such as PT12H");
        }
        requireNonNull(shortestDraft, "shortestDraft is null");
        if (shortestDraft.isNegative() || shortestDraft.isZero()) {
            throw new DomainException.InvalidInput("shortestDraft", shortestDraft, "a positive duration such as PT15M");
        }
    }

    /** Settings with the default shortest draft. */
    public TimeSettings(boolean refuseOverlaps, Duration suspiciousAfter, boolean stopOnClose) {
        this(refuseOverlaps, suspiciousAfter, stopOnClose, DEFAULT_SHORTEST_DRAFT);
    }
}
