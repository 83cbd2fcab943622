package dev.opstracker.application.task;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.TaskChanges;
import dev.opstracker.domain.task.TaskId;
import java.util.OptionalLong;

/**
 * Edit a task's details.
 *
 * @param expectedVersion the version the edit was made against, where a different stored version is a
 *                        conflict; empty to apply the edit to whatever version is current
 */
public record UpdateTaskCommand(TaskId id, OptionalLong expectedVersion, TaskChanges changes) {

    public UpdateTaskCommand {
        requireNonNull(id, "id is null");
        requireNonNull(expectedVersion, "expectedVersion is null");
        requireNonNull(changes, "changes is null");
    }

    public UpdateTaskCommand(TaskId id, long expectedVersion, TaskChanges changes) {
        this(id, OptionalLong.of(expectedVersion), changes);
    }
}
