package dev.opstracker.domain.shared;

import java.time.Instant;

/**
 * A half-open span of time, {@code from} included and {@code to} excluded.
 *
 * @throws DomainException.InvalidInput naming {@code from} or {@code to} when missing, or {@code to}
 *                                      when it is not after {@code from}
 */
public record TimeRange(Instant from, Instant to) {

    public TimeRange {
        if (from == null) {
            throw new DomainException.InvalidInput("from", null, "is required");
        }
        if (to == null) {
            throw new DomainException.InvalidInput("to", null, "is required");
        }
        if (!to.isAfter(from)) {
            throw new DomainException.InvalidInput("to", to, "must be after from (%s)".formatted(from));
        }
    }

    /**
     * Whether something that began at {@code start} and lasted until {@code end} (excluded; null
     * while it goes on) was going on at some instant of this range.
     */
    public boolean overlaps(Instant start, Instant end) {
        return start.isBefore(to) && (end == null || end.isAfter(from));
    }
}
