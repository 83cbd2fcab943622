package dev.opstracker.domain.task;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** Something that happened to a task and is kept in its history. */
public sealed interface TaskEvent {

    TaskId taskId();

    Instant at();

    /** The task moved between states; {@code note} is the optional reason a person gave. */
    record StatusChanged(TaskId taskId, TaskStatus from, TaskStatus to, String note, Instant at) implements TaskEvent {
        public StatusChanged {
            requireNonNull(taskId, "taskId is null");
            requireNonNull(from, "from is null");
            requireNonNull(to, "to is null");
            requireNonNull(at, "at is null");
        }
    }
}
