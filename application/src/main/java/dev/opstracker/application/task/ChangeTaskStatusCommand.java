package dev.opstracker.application.task;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import java.util.OptionalLong;

/**
 * Move a task to another status.
 *
 * @param note            why, kept in the task's history; may be null
 * @param expectedVersion when present, the change applies only to that version of the task
 */
public record ChangeTaskStatusCommand(TaskId id, TaskStatus status, String note, OptionalLong expectedVersion) {

    public ChangeTaskStatusCommand {
        requireNonNull(id, "id is null");
        requireNonNull(status, "status is null");
        requireNonNull(expectedVersion, "expectedVersion is null");
    }

    public ChangeTaskStatusCommand(TaskId id, TaskStatus status, String note) {
        this(id, status, note, OptionalLong.empty());
    }
}
