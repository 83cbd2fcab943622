package dev.opstracker.bootstrap.archfixture.domain.task;

import java.time.Instant;

/** Breaks "the domain reads no clock": it asks the system for the time itself. */
public final class ClockReadingTask {

    public Instant closedAt() {
        return Instant.now();
    }
}
