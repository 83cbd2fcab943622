package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.task.TaskStore;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Two people working on the same part of the infrastructure at once: a task going in progress on
 * a component that another in-progress task touches, directly, above or below.
 */
public final class WorkConflicts {

    private final TaskService taskService;
    private final TaskStore tasks;
    private final ComponentStore components;

    @Inject
    public WorkConflicts(TaskService taskService, TaskStore tasks, ComponentStore components) {
        this.taskService = requireNonNull(taskService, "taskService is null");
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.components = requireNonNull(components, "components is null");
    }

    /**
     * Moves a task to IN_PROGRESS. It succeeds and reports the overlapping tasks, or with
     * {@code strict} refuses when there are any.
     *
     * @throws DomainException.Conflict (reason {@code work-conflict}) in strict mode, naming the tasks
     */
    public StartedWork start(TaskId taskId, OptionalLong expectedVersion, boolean strict) {
        taskService.get(taskId);
        List<WorkConflict> conflicts = of(taskId);
        if (strict && !conflicts.isEmpty()) {
            throw new DomainException.Conflict("work-conflict", "task %s overlaps work in progress: %s".formatted(taskId,
                    conflicts.stream().map(WorkConflict::toString).collect(Collectors.joining(", "))));
        }
        return new StartedWork(taskService.changeStatus(new ChangeTaskStatusCommand(taskId, TaskStatus.IN_PROGRESS, null, expectedVersion)),
                conflicts);
    }

    /** The other in-progress tasks on this task's components, their ancestors or their descendants. */
    public List<WorkConflict> of(TaskId taskId) {
        Map<TaskId, WorkConflict> found = new LinkedHashMap<>();
        for (TaskLink mine : components.linksOfTask(taskId)) {
            if (mine.isTombstone()) {
                continue;
            }
            List<TaskLink> nearby = new ArrayList<>(allLinks(mine.componentId(), true));
            for (Component ancestor : components.ancestors(mine.componentId())) {
                nearby.addAll(allLinks(ancestor.id(), false));
            }
            for (TaskLink theirs : nearby) {
                if (!theirs.taskId().equals(taskId) && !found.containsKey(theirs.taskId()) && inProgress(theirs.taskId())) {
                    found.put(theirs.taskId(), new WorkConflict(theirs.taskId(), currentPath(theirs), currentPath(mine)));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Where the linked component is now; a link remembers only where it was when made. */
    private ComponentPath currentPath(TaskLink link) {
        return components.find(link.componentId()).map(Component::path).orElse(link.pathAtLink());
    }

    private boolean inProgress(TaskId id) {
        return tasks.find(id).map(task -> task.status() == TaskStatus.IN_PROGRESS).orElse(false);
    }

    private List<TaskLink> allLinks(ComponentId id, boolean subtree) {
        List<TaskLink> all = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<TaskLink> links = components.linksOfComponent(id, subtree, page);
            all.addAll(links.items());
            if (links.next() == null) {
                return all;
            }
            page = new PageRequest(PageRequest.MAX_LIMIT, links.next());
        }
    }
}
