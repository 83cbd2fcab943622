package dev.opstracker.bootstrap.archfixture.domain.task;

import java.time.Clock;
import java.time.ZonedDateTime;

/** Breaks "the domain reads no clock" through other clocks than Instant.now(). */
public final class ZonedClockTask {

    public ZonedDateTime dueLocally() {
        return ZonedDateTime.now(Clock.systemUTC());
    }
}
