package dev.opstracker.application.testing;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.ComponentWorkCount;
import dev.opstracker.domain.infra.LinkedWork;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.infra.WorkOverlap;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.task.TaskStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@link LinkedWork} answered by walking any task and component store through their ports, one
 * link at a time: slow, but the plain reference the contract holds the SQL version to.
 */
public final class InMemoryLinkedWork implements LinkedWork {

    private static final Comparator<ComponentWorkCount> MOST_FIRST = Comparator.comparingLong(ComponentWorkCount::tasks).reversed()
            .thenComparingLong(count -> count.componentId().value());

    private final TaskStore tasks;
    private final ComponentStore components;

    public InMemoryLinkedWork(TaskStore tasks, ComponentStore components) {
        this.tasks = requireNonNull(tasks, "tasks is null");
        this.components = requireNonNull(components, "components is null");
    }

    @Override
    public List<ComponentWorkCount> openTaskCounts(ComponentQuery query, boolean subtree, int limit) {
        return matching(query).stream()
                .map(component -> count(component, subtree, task -> !task.status().isClosed()))
                .sorted(MOST_FIRST).limit(limit).toList();
    }

    @Override
    public List<ComponentWorkCount> mostWorkedOn(ComponentQuery query, TimeRange range, int limit) {
        return matching(query).stream()
                .map(component -> count(component, false, task -> range.overlaps(task.createdAt(), task.completedAt())))
                .filter(count -> count.tasks() > 0)
                .sorted(MOST_FIRST).limit(limit).toList();
    }

    @Override
    public List<TaskId> openTasksOn(ComponentId id, int limit) {
        return all(page -> components.linksOfComponent(id, false, page)).stream().map(TaskLink::taskId).distinct()
                .filter(taskId -> status(taskId).filter(status -> !status.isClosed()).isPresent())
                .sorted(Comparator.comparingLong(TaskId::value)).limit(limit).toList();
    }

    @Override
    public List<TaskId> tasksOn(ComponentQuery query, boolean subtree, int limit) {
        return matching(query).stream().flatMap(component -> all(page -> components.linksOfComponent(component.id(), subtree, page)).stream())
                .filter(link -> !link.isTombstone()).map(TaskLink::taskId).distinct().filter(taskId -> tasks.find(taskId).isPresent())
                .sorted(Comparator.comparingLong(TaskId::value)).limit(limit).toList();
    }

    @Override
    public List<WorkOverlap> inProgressNear(TaskId taskId, int limit) {
        TreeMap<Long, Pair> nearest = new TreeMap<>();
        for (TaskLink mine : all(page -> components.linksOfTask(taskId, page))) {
            if (mine.isTombstone()) {
                continue;
            }
            List<TaskLink> nearby = new ArrayList<>(all(page -> components.linksOfComponent(mine.componentId(), true, page)));
            for (Component ancestor : components.ancestors(mine.componentId())) {
                nearby.addAll(all(page -> components.linksOfComponent(ancestor.id(), false, page)));
            }
            for (TaskLink theirs : nearby) {
                if (!theirs.taskId().equals(taskId) && status(theirs.taskId()).filter(TaskStatus.IN_PROGRESS::equals).isPresent()) {
                    nearest.merge(theirs.taskId().value(), new Pair(theirs.componentId(), mine.componentId()), Pair::lower);
                }
            }
        }
        return nearest.entrySet().stream().limit(limit)
                .map(entry -> new WorkOverlap(TaskId.of(entry.getKey()), path(entry.getValue().theirs()), path(entry.getValue().ours())))
                .toList();
    }

    private record Pair(ComponentId theirs, ComponentId ours) {
        Pair lower(Pair other) {
            long difference = theirs.value() != other.theirs.value() ? theirs.value() - other.theirs.value() : ours.value() - other.ours.value();
            return difference <= 0 ? this : other;
        }
    }

    private ComponentWorkCount count(Component component, boolean subtree, Predicate<Task> counted) {
        long distinct = all(page -> components.linksOfComponent(component.id(), subtree, page)).stream()
                .map(TaskLink::taskId).distinct()
                .filter(id -> tasks.find(id).filter(counted).isPresent())
                .count();
        return new ComponentWorkCount(component.id(), component.path(), distinct);
    }

    private List<Component> matching(ComponentQuery query) {
        return all(page -> components.query(query, page));
    }

    private Optional<TaskStatus> status(TaskId id) {
        return tasks.find(id).map(Task::status);
    }

    private ComponentPath path(ComponentId id) {
        return components.find(id).orElseThrow().path();
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> read) {
        List<T> all = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<T> items = read.apply(page);
            all.addAll(items.items());
            if (items.next() == null) {
                return all;
            }
            page = new PageRequest(PageRequest.MAX_LIMIT, items.next());
        }
    }
}
