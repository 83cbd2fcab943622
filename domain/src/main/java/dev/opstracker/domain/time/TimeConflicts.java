package dev.opstracker.domain.time;

import dev.opstracker.domain.shared.DomainException;

/** The conflicts every time entry store reports alike. */
public final class TimeConflicts {

    public static final String OVERLAP = "overlap";
    public static final String TIMER_RUNNING = "timer-running";

    private TimeConflicts() {
    }

    /** {@code details} would share time with {@code existing}, an entry of the same user. */
    public static DomainException.Conflict overlap(TimeEntryDetails details, TimeEntry existing) {
        return new DomainException.Conflict(OVERLAP, "%s from %s to %s overlaps time entry %s (%s to %s)".formatted(details.user(), details.start(),
                details.end() == null ? "now" : details.end(), existing.id(), existing.details().start(),
                existing.details().end() == null ? "running" : existing.details().end()));
    }

    /** A second running entry for {@code user}, whose running entry is {@code running}. */
    public static DomainException.Conflict timerRunning(String user, TimeEntry running) {
        return new DomainException.Conflict(TIMER_RUNNING, "%s has a running timer already (time entry %s, started %s); stop it or start the new one"
                .formatted(user, running.id(), running.details().start()));
    }
}
