package dev.opstracker.application.testing;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/** Tasks in a map, for use-case tests. Holds immutable tasks only, so nothing aliases. */
public final class InMemoryTaskStore implements TaskStore {

    private final TreeMap<Long, Task> tasks = new TreeMap<>();
    private final Map<Long, List<TaskEvent>> histories = new HashMap<>();
    private long lastId;

    @Override
    public synchronized Task add(NewTask task) {
        Task stored = task.withId(TaskId.of(++lastId));
        tasks.put(stored.id().value(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<Task> find(TaskId id) {
        return Optional.ofNullable(tasks.get(id.value()));
    }

    @Override
    public synchronized Task update(Task changed, List<TaskEvent> events) {
        for (TaskEvent event : events) {
            if (!event.taskId().equals(changed.id())) {
                throw new IllegalArgumentException("event of task %s given with task %s".formatted(event.taskId(), changed.id()));
            }
        }
        Task stored = existing(changed.id());
        if (stored.version() != changed.version() - 1) {
            throw Task.staleVersion(changed.id(), changed.version() - 1, stored.version());
        }
        tasks.put(changed.id().value(), changed);
        histories.computeIfAbsent(changed.id().value(), id -> new ArrayList<>()).addAll(events);
        return changed;
    }

    @Override
    public synchronized void delete(TaskId id, OptionalLong expectedVersion) {
        Task stored = existing(id);
        expectedVersion.ifPresent(stored::checkVersion);
        tasks.remove(id.value());
        histories.remove(id.value());
    }

    @Override
    public synchronized Page<Task> list(TaskFilter filter, PageRequest page) {
        List<Task> matching = tasks.values().stream().filter(filter::matches).toList();
        List<Task> window = matching.stream()
                .filter(task -> task.id().value() > page.afterId())
                .limit(page.limit() + 1L)
                .toList();
        return Page.ofLookahead(window, page.limit(), matching.size(), task -> task.id().value());
    }

    @Override
    public synchronized Page<TaskEvent> history(TaskId id, PageRequest page) {
        List<TaskEvent> all = histories.getOrDefault(id.value(), List.of());
        List<TaskEvent> window = all.stream().skip(page.afterId()).limit(page.limit() + 1L).toList();
        return Page.ofPosition(window, page, all.size());
    }

    private Task existing(TaskId id) {
        Task stored = tasks.get(id.value());
        if (stored == null) {
            throw new DomainException.NotFound("task", id.toString());
        }
        return stored;
    }
}
