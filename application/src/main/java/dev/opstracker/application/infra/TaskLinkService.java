package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStore;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/**
 * Which tasks touched which components, both ways. Past the critical storage level its changes are
 * refused ({@link StorageWatch}).
 */
public final class TaskLinkService {

    private final TaskStore tasks;
    private final ComponentStore components;
    private final InstantSource clock;
    private final StorageWatch storage;

    /** Links that do not watch storage. */
    public TaskLinkService(TaskStore tasks, ComponentStore components, InstantSource clock) {
        this(tasks, components, clock, StorageWatch.unwatched());
    }

    @Inject
    public TaskLinkService(TaskStore tasks, ComponentStore components, InstantSource clock, StorageWatch storage) {
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.components = requireNonNull(components, "components is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.storage = requireNonNull(storage, "storage is null");
    }

    /**
     * Links a task to a component in a role; linking again in the same role changes nothing and
     * says so.
     *
     * @throws DomainException.NotFound naming the task or the component that does not exist
     */
    public LinkOutcome link(TaskId taskId, ComponentId componentId, LinkRole role) {
        storage.requireRoomToWrite();
        requireTask(taskId);
        Component component = components.find(componentId)
                .orElseThrow(() -> new DomainException.NotFound("component", componentId.toString()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        TaskLink stored = components.link(new TaskLink(taskId, componentId, component.path(), role, now));
        // The store hands back the existing link on a repeat, with the instant it was first made.
        return stored.linkedAt().equals(now) ? new LinkOutcome.Linked(stored) : new LinkOutcome.AlreadyLinked(stored);
    }

    /** Removes one link; false when there was none. */
    public boolean unlink(TaskId taskId, ComponentId componentId, LinkRole role) {
        storage.requireRoomToWrite();
        requireTask(taskId);
        return components.unlink(taskId, componentId, role);
    }

    /**
     * The components a task is linked to, tombstones of deleted components included, oldest link
     * first, one page at a time.
     *
     * @throws DomainException.NotFound when there is no such task
     */
    public Page<TaskLink> componentsOfTask(TaskId taskId, PageRequest page) {
        requireTask(taskId);
        return components.linksOfTask(taskId, page);
    }

    /** The tasks linked to a component, or with {@code subtree} to it and anything below it. */
    public Page<TaskLink> tasksOfComponent(ComponentId componentId, boolean subtree, PageRequest page) {
        return components.linksOfComponent(componentId, subtree, page);
    }

    private void requireTask(TaskId taskId) {
        if (tasks.find(taskId).isEmpty()) {
            throw new DomainException.NotFound("task", taskId.toString());
        }
    }
}
