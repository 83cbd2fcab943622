package dev.opstracker.domain.task;

import dev.opstracker.domain.shared.DomainException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a task is in its life, with the transitions allowed from each state. */
public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    BLOCKED,
    DONE,
    CANCELLED;

    /** The states a task in this state may move to. Closed tasks may only be reopened. */
    public Set<TaskStatus> allowedNext() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, BLOCKED, DONE, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(OPEN, BLOCKED, DONE, CANCELLED);
            case BLOCKED -> EnumSet.of(OPEN, IN_PROGRESS, DONE, CANCELLED);
            case DONE, CANCELLED -> EnumSet.of(OPEN);
        };
    }

    public boolean canMoveTo(TaskStatus next) {
        return allowedNext().contains(next);
    }

    /** True for the states in which the work is over (done or cancelled). */
    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }

    /** Reads a status name, ignoring case and accepting {@code in-progress} for {@code IN_PROGRESS}. */
    public static TaskStatus parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException.InvalidInput(field, text, "expected one of " + names());
        }
        String normalized = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (TaskStatus status : values()) {
            if (status.name().equals(normalized)) {
                return status;
            }
        }
        throw new DomainException.InvalidInput(field, text, "expected one of " + names());
    }

    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
