package dev.opstracker.application.task;

import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskChanges;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStore;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A store where another writer edits the task just before the first update lands, once. */
final class RaceOnceTaskStore implements TaskStore {

    private final TaskStore inner;
    private final InstantSource clock;
    private boolean raced;

    RaceOnceTaskStore(TaskStore inner, InstantSource clock) {
        this.inner = inner;
        this.clock = clock;
    }

    @Override
    public Task add(NewTask task) {
        return inner.add(task);
    }

    @Override
    public Optional<Task> find(TaskId id) {
        return inner.find(id);
    }

    @Override
    public Task update(Task changed, List<TaskEvent> events) {
        if (!raced) {
            raced = true;
            Task current = inner.find(changed.id()).orElseThrow();
            inner.update(current.edit(TaskChanges.none().withAssignee("racer"), clock.instant()), List.of());
        }
        return inner.update(changed, events);
    }

    @Override
    public void delete(TaskId id, OptionalLong expectedVersion) {
        inner.delete(id, expectedVersion);
    }

    @Override
    public Page<Task> list(TaskFilter filter, PageRequest page) {
        return inner.list(filter, page);
    }

    @Override
    public Page<TaskEvent> history(TaskId id, PageRequest page) {
        return inner.history(id, page);
    }
}
