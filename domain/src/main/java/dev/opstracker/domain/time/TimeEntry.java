package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A stored time entry: its details, when it was made and last changed, and its version for optimistic edits. */
public record TimeEntry(TimeEntryId id, TimeEntryDetails details, Instant createdAt, Instant updatedAt, long version) {

    public static final long FIRST_VERSION = 1;

    public TimeEntry {
        requireNonNull(id, "id is null");
        requireNonNull(details, "details is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
        if (version < FIRST_VERSION) {
            throw new IllegalArgumentException("time entry %s has version %d".formatted(id, version));
        }
    }

    /** The same entry with other details, one version on. */
    public TimeEntry changed(TimeEntryDetails newDetails, Instant now) {
        return new TimeEntry(id, newDetails, createdAt, now, version + 1);
    }

    /**
     * Splits a stopped entry at {@code at} into the part before (this entry, changed) and the part
     * after (details for a new entry); the seconds add up to the whole.
     *
     * @throws DomainException.InvalidInput (field {@code at}) unless {@code at} lies strictly inside the entry
     */
    public List<TimeEntryDetails> splitAt(Instant at) {
        if (details.isRunning()) {
            throw new DomainException.Conflict("running-entry", "time entry %s is still running: stop it before splitting it".formatted(id));
        }
        if (!at.isAfter(details.start()) || !at.isBefore(details.end())) {
            throw new DomainException.InvalidInput("at", at, "a split lies strictly between the entry's start %s and end %s"
                    .formatted(details.start(), details.end()));
        }
        return List.of(details.withSpan(details.start(), at), details.withSpan(at, details.end()));
    }

    /**
     * This entry and {@code later} as one, from this one's start to the later one's end: both of one
     * user and task, billed alike, and the later one starting where this one ends or within it.
     *
     * @throws DomainException.Conflict (reason {@code unmergeable}) naming what differs
     */
    public TimeEntryDetails mergedWith(TimeEntry later) {
        TimeEntryDetails other = later.details();
        String differs = !details.user().equals(other.user()) ? "user"
                : !details.taskId().equals(other.taskId()) ? "task"
                : !Objects.equals(details.client(), other.client()) ? "client"
                : !Objects.equals(details.project(), other.project()) ? "project"
                : details.billable() != other.billable() ? "billable"
                : details.activity() != other.activity() ? "activity"
                : details.isRunning() ? "end (entry " + id + " is still running)"
                : other.start().isBefore(details.start()) ? "order (entry %s starts at %s, before %s at %s: merge it the other way round)".formatted(
                        later.id(), other.start(), id, details.start())
                : other.start().isAfter(details.end()) ? "time (entry %s starts at %s, after %s ends at %s)".formatted(later.id(), other.start(), id,
                        details.end())
                : null;
        if (differs != null) {
            throw new DomainException.Conflict("unmergeable", "time entries %s and %s differ in %s".formatted(id, later.id(), differs));
        }
        String note = details.note() == null ? other.note() : other.note() == null || other.note().equals(details.note()) ? details.note()
                : details.note() + "\n" + other.note();
        Instant end = other.end() == null ? null : other.end().isAfter(details.end()) ? other.end() : details.end();
        return new TimeEntryDetails(details.taskId(), details.user(), details.start(), end, details.zone(), details.client(), details.project(),
                details.billable(), note, details.activity());
    }
}
