package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.Task;
import java.util.List;

/** A task now in progress, with the other tasks in progress on the same components, if any. */
public record StartedWork(Task task, List<WorkConflict> conflicts) {

    public StartedWork {
        requireNonNull(task, "task is null");
        conflicts = List.copyOf(conflicts);
    }
}
