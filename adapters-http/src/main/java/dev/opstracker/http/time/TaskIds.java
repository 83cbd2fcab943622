package dev.opstracker.http.time;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;

/** The task a time request names: required, since time is always recorded against a task. */
final class TaskIds {

    private TaskIds() {
    }

    static TaskId required(String field, Long value) {
        if (value == null) {
            throw new DomainException.InvalidInput(field, null, "the id of the task the time is for, such as 12");
        }
        try {
            return TaskId.of(value);
        } catch (DomainException.InvalidInput notAnId) {
            throw notAnId.renamed(field);
        }
    }
}
