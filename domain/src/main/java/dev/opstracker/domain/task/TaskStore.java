package dev.opstracker.domain.task;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where tasks live. Implementations are safe for concurrent use and make each call atomic:
 * a failed call leaves nothing half-written. Tasks are values; a store never hands out an
 * object that a later call could change.
 */
public interface TaskStore {

    /** Stores a new task and returns it with the identity the store assigned (ascending, never reused). */
    Task add(NewTask task);

    /** The task with this identity, or empty when there is none. */
    Optional<Task> find(TaskId id);

    /**
     * Replaces a stored task with {@code changed}, whose version must be exactly one above the
     * stored one, and appends {@code events} (all about this task) to its history in the same transaction.
     *
     * @throws DomainException.NotFound when no task has that identity
     * @throws DomainException.Conflict (reason {@code stale-version}) when the stored version is not
     *                                  {@code changed.version() - 1}, e.g. another writer got there first
     * @throws IllegalArgumentException when an event is about another task
     */
    Task update(Task changed, List<TaskEvent> events);

    /**
     * Deletes a task and its history.
     *
     * @param expectedVersion when present, delete only if the stored version is this one
     * @throws DomainException.NotFound when no task has that identity
     * @throws DomainException.Conflict (reason {@code stale-version}) on a version mismatch
     */
    void delete(TaskId id, OptionalLong expectedVersion);

    /**
     * The tasks matching {@code filter} (as {@link TaskFilter#matches} defines), ordered by
     * ascending identity, starting after the page's cursor; {@link Page#total()} counts all matches
     * (at least the page's size, even when writers race the count). Each task is read as one
     * consistent snapshot.
     */
    Page<Task> list(TaskFilter filter, PageRequest page);

    /**
     * The events of one task, oldest first, one page at a time; the cursor is the position in the
     * history (histories only grow, so positions are stable). Empty when the task has no events or
     * does not exist.
     */
    Page<TaskEvent> history(TaskId id, PageRequest page);
}
