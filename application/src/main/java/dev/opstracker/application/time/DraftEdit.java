package dev.opstracker.application.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import java.time.Instant;

/**
 * A draft to accept as the person left it: its task, and its start, end and activity where they
 * changed them (null: as proposed). When a task has several drafts that day, {@code start} picks
 * the one it falls in.
 */
public record DraftEdit(TaskId taskId, Instant start, Instant end, Activity activity) {

    public DraftEdit {
        requireNonNull(taskId, "taskId is null");
    }
}
