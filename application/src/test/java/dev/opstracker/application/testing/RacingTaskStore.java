package dev.opstracker.application.testing;

import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskChanges;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStore;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

/** An in-memory store where, once armed, another writer edits the task just before the next update lands. */
public final class RacingTaskStore implements TaskStore {

    private final TaskStore inner = new InMemoryTaskStore();
    private final AtomicBoolean armed = new AtomicBoolean();

    /** The next update loses a race against an edit of the assignee. */
    public void raceNextUpdate() {
        armed.set(true);
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
        if (armed.compareAndSet(true, false)) {
            Task current = inner.find(changed.id()).orElseThrow();
            inner.update(current.edit(TaskChanges.none().withAssignee("racer"), changed.updatedAt()), List.of());
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
