package dev.opstracker.domain.task;

import dev.opstracker.domain.shared.DomainException;

/** The identity of a task: a positive number assigned by the task store. */
public record TaskId(long value) {

    public TaskId {
        if (value < 1) {
            throw new DomainException.InvalidInput("id", value, "a task id is a positive number");
        }
    }

    public static TaskId of(long value) {
        return new TaskId(value);
    }

    /** Reads an id as it appears in a URL or a command line. */
    public static TaskId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException.InvalidInput("id", text, "a task id is a positive number");
        }
        try {
            return new TaskId(Long.parseLong(text.strip()));
        } catch (NumberFormatException notANumber) {
            throw new DomainException.InvalidInput("id", text, "a task id is a positive number");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
