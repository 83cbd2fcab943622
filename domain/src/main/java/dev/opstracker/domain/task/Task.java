package dev.opstracker.domain.task;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;

/**
 * A piece of infrastructure work. Immutable: every change returns a new task whose
 * {@code version} is one higher, which is how stores detect concurrent edits.
 *
 * <p>The canonical constructor is for stores restoring a saved task; it re-checks the
 * invariants. New tasks start with {@link #create}.
 *
 * @param completedAt when the task was last closed (done or cancelled); null while it is open
 */
public record Task(
        TaskId id,
        TaskDetails details,
        TaskStatus status,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt,
        long version) {

    public static final long FIRST_VERSION = 1;
    public static final int MAX_NOTE_LENGTH = 2_000;

    public Task {
        requireNonNull(id, "id is null");
        requireNonNull(details, "details is null");
        requireNonNull(status, "status is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
        if (version < FIRST_VERSION) {
            throw new IllegalArgumentException("task %s has version %d, below %d".formatted(id, version, FIRST_VERSION));
        }
        if (status.isClosed() != (completedAt != null)) {
            throw new IllegalArgumentException("task %s is %s but completedAt is %s".formatted(id, status, completedAt));
        }
    }

    /** Starts a new open task. */
    public static NewTask create(TaskDetails details, Instant now) {
        return new NewTask(details, now);
    }

    /** This task with its details edited; the same task when the edit changes nothing. */
    public Task edit(TaskChanges changes, Instant now) {
        TaskDetails edited = changes.applyTo(details);
        if (edited.equals(details)) {
            return this;
        }
        return new Task(id, edited, status, createdAt, now, completedAt, version + 1);
    }

    /**
     * Moves the task to {@code next} if the transition table allows it.
     *
     * @throws DomainException.Conflict naming both states and the allowed ones otherwise
     */
    public StatusChange moveTo(TaskStatus next, String note, Instant now) {
        requireNonNull(next, "next is null");
        if (next == status) {
            throw new DomainException.Conflict("illegal-transition", "task %s is already %s".formatted(id, status));
        }
        if (!status.canMoveTo(next)) {
            throw new DomainException.Conflict("illegal-transition",
                    "task %s cannot move from %s to %s; allowed from %s: %s".formatted(
                            id, status, next, status, status.allowedNext()));
        }
        String checkedNote = TaskDetails.optionalText("note", note, MAX_NOTE_LENGTH);
        Instant completed = next.isClosed() ? now : null;
        Task moved = new Task(id, details, next, createdAt, now, completed, version + 1);
        return new StatusChange(moved, new TaskEvent.StatusChanged(id, status, next, checkedNote, now));
    }

    /** Throws a stale-version conflict unless this task is at {@code expectedVersion}. */
    public void checkVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw staleVersion(id, expectedVersion, version);
        }
    }

    /** The conflict every store and service reports for an edit based on an outdated version. */
    public static DomainException.Conflict staleVersion(TaskId id, long expected, long actual) {
        return DomainException.Conflict.staleVersion("task", id, expected, actual);
    }

    /** The outcome of a status change: the moved task and the event that records it. */
    public record StatusChange(Task task, TaskEvent.StatusChanged event) {
    }
}
