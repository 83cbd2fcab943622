package dev.opstracker.application.runbook;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.infra.LinkedWork;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.task.TaskStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The DONE tasks a runbook is learnt from or compared with: one named, or those a filter selects. */
final class FinishedTasks {

    private final TaskStore tasks;
    private final AlertStore alerts;
    private final LinkedWork linkedWork;

    FinishedTasks(TaskStore tasks, AlertStore alerts, LinkedWork linkedWork) {
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.linkedWork = requireNonNull(linkedWork, "linkedWork is null");
    }

    /**
     * The task {@code id}, which must be DONE.
     *
     * @throws DomainException.NotFound     when it does not exist
     * @throws DomainException.InvalidInput under {@code field} when it is not DONE, naming it and its status
     */
    Task one(String field, TaskId id) {
        requireNonNull(id, "a task id is null");
        Task task = tasks.find(id).orElseThrow(() -> new DomainException.NotFound("task", id.toString()));
        if (task.status() != TaskStatus.DONE) {
            throw new DomainException.InvalidInput(field, id,
                    "task %s is %s: a runbook is learnt from DONE tasks only".formatted(id, task.status()));
        }
        return task;
    }

    /** The DONE tasks the filter selects, by ascending id, read a page at a time until more than {@code max} are found. */
    List<Task> selectedBy(RunbookFilter filter, int max) {
        ComponentQuery query = filter.componentQuery();
        Set<TaskId> linked = query == null ? null : new HashSet<>(linkedWork.tasksOn(query, false, Integer.MAX_VALUE));
        TaskFilter done = TaskFilter.any().withStatuses(Set.of(TaskStatus.DONE));
        List<Task> selected = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT).withoutTotal();
        while (request != null) {
            Page<Task> page = tasks.list(done, request);
            page.items().stream().filter(task -> selects(filter, linked, task)).forEach(selected::add);
            if (selected.size() > max) {
                throw new DomainException.InvalidInput("filter", filter, "it selects more than %d tasks: narrow it".formatted(max));
            }
            request = page.next() == null || page.items().isEmpty() ? null : new PageRequest(PageRequest.MAX_LIMIT, page.next(), false);
        }
        return selected;
    }

    private boolean selects(RunbookFilter filter, Set<TaskId> linked, Task task) {
        return (filter.since() == null || !task.completedAt().isBefore(filter.since()))
                && (linked == null || linked.contains(task.id()))
                && (filter.alertName() == null || alerts.incidentsOf(task.id()).stream()
                        .anyMatch(incident -> filter.alertName().equals(RunbookSources.alertName(incident))));
    }
}
