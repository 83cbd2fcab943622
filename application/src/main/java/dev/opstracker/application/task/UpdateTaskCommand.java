package dev.opstracker.application.task;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.TaskChanges;
import dev.opstracker.domain.task.TaskId;

/**
 * Edit a task's details, based on the version the caller last read.
 *
 * @param expectedVersion the version the edit was made against; a different stored version is a conflict
 */
public record UpdateTaskCommand(TaskId id, long expectedVersion, TaskChanges changes) {

    public UpdateTaskCommand {
        requireNonNull(id, "id is null");
        requireNonNull(changes, "changes is null");
    }
}
