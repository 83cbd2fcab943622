package dev.opstracker.persistence.task;

import static dev.opstracker.persistence.jooq.Tables.TASK_EVENT;

import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.persistence.jooq.tables.records.TaskEventRecord;

/** Maps task events to {@code task_event} rows and back; {@code kind} tells the event types apart. */
final class TaskEventMapper {

    static final String STATUS_CHANGED = "status-changed";

    private TaskEventMapper() {
    }

    static TaskEventRecord toRecord(TaskEvent event) {
        TaskEventRecord record = switch (event) {
            case TaskEvent.StatusChanged changed -> new TaskEventRecord(null, changed.taskId().value(), STATUS_CHANGED,
                    changed.from().name(), changed.to().name(), changed.note(), changed.at());
        };
        record.changed(TASK_EVENT.ID, false);
        return record;
    }

    static TaskEvent toEvent(TaskEventRecord record) {
        return switch (record.getKind()) {
            case STATUS_CHANGED -> new TaskEvent.StatusChanged(TaskId.of(record.getTaskId()),
                    TaskStatus.valueOf(record.getFromStatus()), TaskStatus.valueOf(record.getToStatus()),
                    record.getNote(), record.getOccurredAt());
            default -> throw new IllegalStateException(
                    "task event %d has kind '%s', which this version does not know".formatted(record.getId(), record.getKind()));
        };
    }
}
