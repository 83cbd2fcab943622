package dev.opstracker.application.task;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.shared.ActivityListener;
import dev.opstracker.application.shared.UnversionedRetry;
import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.task.TaskStore;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;

/**
 * Task management: create, read, edit, move through statuses, delete and list tasks. A task moved
 * to DONE is reported to the {@link TaskLifecycleListener}. Past the critical storage level its
 * changes are refused ({@link StorageWatch}).
 */
public final class TaskService {

    private final TaskStore store;
    private final TaskLifecycleListener listener;
    private final ActivityListener activity;
    private final InstantSource clock;
    private final StorageWatch storage;

    /** Task management that tells no one when tasks close. */
    public TaskService(TaskStore store, InstantSource clock) {
        this(store, TaskLifecycleListener.NONE, clock);
    }

    /** Task management that counts nothing and does not watch storage. */
    public TaskService(TaskStore store, TaskLifecycleListener listener, InstantSource clock) {
        this(store, listener, ActivityListener.NONE, clock, StorageWatch.unwatched());
    }

    @Inject
    public TaskService(TaskStore store, TaskLifecycleListener listener, ActivityListener activity, InstantSource clock, StorageWatch storage) {
        this.store = requireNonNull(store, "store is null");
        this.listener = requireNonNull(listener, "listener is null");
        this.activity = requireNonNull(activity, "activity is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.storage = requireNonNull(storage, "storage is null");
    }

    /** Creates an open task at version 1. */
    public Task create(TaskDetails details) {
        storage.requireRoomToWrite();
        Task created = store.add(Task.create(details, now()));
        activity.taskOpened(ActivityListener.Origin.USER);
        return created;
    }

    /**
     * The task with this identity.
     *
     * @throws DomainException.NotFound when there is none
     */
    public Task get(TaskId id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Edits a task's details. An edit that changes nothing stores nothing and keeps the version.
     *
     * @throws DomainException.Conflict (stale-version) when the task changed since {@code expectedVersion}
     */
    public Task update(UpdateTaskCommand command) {
        storage.requireRoomToWrite();
        return UnversionedRetry.run(command.expectedVersion(), () -> {
            Task current = get(command.id());
            command.expectedVersion().ifPresent(current::checkVersion);
            Task edited = current.edit(command.changes(), now());
            return edited == current ? current : store.update(edited, List.of());
        });
    }

    /**
     * Moves a task to another status, recording the move and its note in the task's history.
     *
     * @throws DomainException.Conflict (illegal-transition) when the transition table forbids it
     */
    public Task changeStatus(ChangeTaskStatusCommand command) {
        storage.requireRoomToWrite();
        boolean[] closing = new boolean[1];
        Task changed = UnversionedRetry.run(command.expectedVersion(), () -> {
            Task current = get(command.id());
            command.expectedVersion().ifPresent(current::checkVersion);
            Task.StatusChange change = current.moveTo(command.status(), command.note(), now());
            closing[0] = !current.status().isClosed() && change.task().status().isClosed();
            return store.update(change.task(), List.of(change.event()));
        });
        if (changed.status() == TaskStatus.DONE) {
            listener.taskClosed(changed.id());
        }
        if (closing[0]) {
            activity.taskClosed(changed.status(), ActivityListener.Origin.USER);
        }
        return changed;
    }

    /** Deletes a task and its history, optionally only if it is still at {@code expectedVersion}. */
    public void delete(TaskId id, OptionalLong expectedVersion) {
        storage.requireRoomToWrite();
        store.delete(id, expectedVersion);
    }

    /** The tasks matching {@code filter}, by ascending id, one page at a time. */
    public Page<Task> list(TaskFilter filter, PageRequest page) {
        return store.list(filter, page);
    }

    /**
     * What happened to a task, oldest first, one page at a time.
     *
     * @throws DomainException.NotFound when there is no such task
     */
    public Page<TaskEvent> history(TaskId id, PageRequest page) {
        Page<TaskEvent> events = store.history(id, page);
        if (events.items().isEmpty()) {
            // An empty history and a missing task look alike; tell them apart after the read.
            get(id);
        }
        return events;
    }

    private static DomainException.NotFound notFound(TaskId id) {
        return new DomainException.NotFound("task", id.toString());
    }

    /** Stores keep instants to the microsecond, so the service never hands out finer ones. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
