package dev.opstracker.http;

import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStore;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** A store whose every call fails, by default with a bug no caller could foresee. */
final class BrokenTaskStore implements TaskStore {

    static final String INTERNAL_MESSAGE = "connection pool at /var/lib/opstracker exhausted";

    private final Supplier<RuntimeException> failure;

    BrokenTaskStore() {
        this(() -> new IllegalStateException(INTERNAL_MESSAGE));
    }

    BrokenTaskStore(Supplier<RuntimeException> failure) {
        this.failure = failure;
    }

    @Override
    public Task add(NewTask task) {
        throw failure();
    }

    @Override
    public Optional<Task> find(TaskId id) {
        throw failure();
    }

    @Override
    public Task update(Task changed, List<TaskEvent> events) {
        throw failure();
    }

    @Override
    public void delete(TaskId id, OptionalLong expectedVersion) {
        throw failure();
    }

    @Override
    public Page<Task> list(TaskFilter filter, PageRequest page) {
        throw failure();
    }

    @Override
    public Page<TaskEvent> history(TaskId id, PageRequest page) {
        throw failure();
    }

    private RuntimeException failure() {
        return failure.get();
    }
}
