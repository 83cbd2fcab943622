package dev.opstracker.domain.task;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A task that passed the creation rules and waits for the store to give it an identity.
 * It is always {@link TaskStatus#OPEN} at version 1.
 */
public record NewTask(TaskDetails details, Instant createdAt) {

    public NewTask {
        requireNonNull(details, "details is null");
        requireNonNull(createdAt, "createdAt is null");
    }

    /** The stored task this becomes once the store assigns {@code id}. */
    public Task withId(TaskId id) {
        return new Task(id, details, TaskStatus.OPEN, createdAt, createdAt, null, Task.FIRST_VERSION);
    }
}
