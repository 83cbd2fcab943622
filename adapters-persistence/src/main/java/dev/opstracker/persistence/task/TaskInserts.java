package dev.opstracker.persistence.task;

import static dev.opstracker.persistence.jooq.Tables.TASK;
import static dev.opstracker.persistence.jooq.Tables.TASK_ATTRIBUTE;
import static dev.opstracker.persistence.jooq.Tables.TASK_EVENT;

import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.persistence.UtcInstantConverter;
import dev.opstracker.persistence.jooq.tables.records.TaskEventRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The INSERTs of {@link JooqTaskStore}, rendered once from the generated tables and run as plain
 * JDBC, several rows as one batch. {@code add} is the hot path, and rendering a jOOQ query on every call halved its throughput
 * on embedded H2; the SQL is still jOOQ's, with the dialect's quoting.
 */
final class TaskInserts {

    private static final UtcInstantConverter INSTANTS = new UtcInstantConverter();

    private final String insertTask;
    private final String insertAttribute;
    private final String insertEvent;

    TaskInserts(DSLContext dsl) {
        this.insertTask = dsl.render(dsl.insertInto(TASK, TASK.TITLE, TASK.DESCRIPTION, TASK.STATUS, TASK.PRIORITY,
                        TASK.ASSIGNEE, TASK.REPORTER, TASK.CLIENT_CODE, TASK.PROJECT_CODE, TASK.DUE_AT,
                        TASK.CREATED_AT, TASK.UPDATED_AT, TASK.COMPLETED_AT, TASK.VERSION)
                .values(null, null, null, null, null, null, null, null, null, null, null, null, (Long) null));
        this.insertAttribute = dsl.render(dsl.insertInto(TASK_ATTRIBUTE, TASK_ATTRIBUTE.TASK_ID, TASK_ATTRIBUTE.ATTR_KEY, TASK_ATTRIBUTE.ATTR_VALUE)
                .values((Long) null, null, null));
        this.insertEvent = dsl.render(dsl.insertInto(TASK_EVENT, TASK_EVENT.TASK_ID, TASK_EVENT.KIND, TASK_EVENT.FROM_STATUS,
                        TASK_EVENT.TO_STATUS, TASK_EVENT.NOTE, TASK_EVENT.OCCURRED_AT)
                .values(null, null, null, null, null, (Instant) null));
    }

    /** Inserts the task row and returns the id the database assigned. */
    long insertTask(Connection connection, NewTask task) throws SQLException {
        TaskDetails details = task.details();
        try (PreparedStatement statement = connection.prepareStatement(insertTask, Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, details.title());
            statement.setString(2, details.description());
            statement.setString(3, TaskStatus.OPEN.name());
            statement.setString(4, details.priority().name());
            statement.setString(5, details.assignee());
            statement.setString(6, details.reporter());
            statement.setString(7, code(details.client()));
            statement.setString(8, code(details.project()));
            setInstant(statement, 9, details.dueAt());
            setInstant(statement, 10, task.createdAt());
            setInstant(statement, 11, task.createdAt());
            setInstant(statement, 12, null);
            statement.setLong(13, Task.FIRST_VERSION);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("the database assigned no id to the new task '%s'".formatted(details.title()));
                }
                return keys.getLong(1);
            }
        }
    }

    /** Inserts every attribute of one task as a single JDBC batch. */
    void insertAttributes(Connection connection, long taskId, Map<String, String> attributes) throws SQLException {
        if (attributes.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(insertAttribute)) {
            for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                statement.setLong(1, taskId);
                statement.setString(2, attribute.getKey());
                statement.setString(3, attribute.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Appends events to their tasks' histories as a single JDBC batch, in list order. */
    void insertEvents(Connection connection, List<TaskEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(insertEvent)) {
            for (TaskEvent event : events) {
                TaskEventRecord row = TaskEventMapper.toRecord(event);
                statement.setLong(1, row.getTaskId());
                statement.setString(2, row.getKind());
                statement.setString(3, row.getFromStatus());
                statement.setString(4, row.getToStatus());
                statement.setString(5, row.getNote());
                setInstant(statement, 6, row.getOccurredAt());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, INSTANTS.to(instant));
        }
    }

    private static String code(BillingCode code) {
        return code == null ? null : code.value();
    }
}
