package dev.opstracker.persistence.task;

import static dev.opstracker.persistence.jooq.Tables.TASK;

import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.persistence.jooq.tables.records.TaskRecord;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jooq.Record;

/** Maps tasks to {@code task} and {@code task_attribute} rows and back. */
final class TaskRecordMapper {

    private TaskRecordMapper() {
    }

    /** The row of a stored task, for an update; the id is not among the changed columns. */
    static TaskRecord toRecord(Task task) {
        TaskRecord record = toRecord(task.details(), task.status(), task.createdAt(), task.updatedAt(), task.completedAt(), task.version());
        record.changed(TASK.ID, false);
        return record;
    }

    private static TaskRecord toRecord(
            TaskDetails details, TaskStatus status, Instant createdAt, Instant updatedAt, Instant completedAt, long version) {
        return new TaskRecord(null, details.title(), details.description(), status.name(), details.priority().name(),
                details.assignee(), details.reporter(), code(details.client()), code(details.project()), details.dueAt(),
                createdAt, updatedAt, completedAt, version);
    }

    /**
     * The task in a row holding (at least) every {@code task} column. Read straight from the row:
     * converting each row of a join into a {@link TaskRecord} first took half the time of a list.
     */
    static Task toTask(Record row, Map<String, String> attributes) {
        TaskDetails details = new TaskDetails(row.get(TASK.TITLE), row.get(TASK.DESCRIPTION), Priority.valueOf(row.get(TASK.PRIORITY)),
                row.get(TASK.ASSIGNEE), row.get(TASK.REPORTER), billingCode(row.get(TASK.CLIENT_CODE)),
                billingCode(row.get(TASK.PROJECT_CODE)), row.get(TASK.DUE_AT), attributes);
        return new Task(TaskId.of(row.get(TASK.ID)), details, TaskStatus.valueOf(row.get(TASK.STATUS)),
                row.get(TASK.CREATED_AT), row.get(TASK.UPDATED_AT), row.get(TASK.COMPLETED_AT), row.get(TASK.VERSION));
    }

    /** The task as a later read returns it: the columns keep instants to the microsecond. */
    static Task asStored(Task task) {
        return new Task(task.id(), task.details(), task.status(), micros(task.createdAt()), micros(task.updatedAt()),
                micros(task.completedAt()), task.version());
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static String code(BillingCode code) {
        return code == null ? null : code.value();
    }

    private static BillingCode billingCode(String value) {
        return value == null ? null : new BillingCode(value);
    }
}
