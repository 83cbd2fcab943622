package dev.opstracker.persistence.task;

import static dev.opstracker.persistence.jooq.Tables.TASK;
import static dev.opstracker.persistence.jooq.Tables.TASK_ATTRIBUTE;
import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStore;
import dev.opstracker.persistence.Database;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import org.jooq.impl.DSL;

/**
 * A {@link TaskStore} in the {@code task}, {@code task_attribute} and {@code task_event} tables.
 * Each call is one statement or one transaction; edits are checked against the stored version
 * with {@code UPDATE ... WHERE id = ? AND version = ?}, so concurrent writers on several nodes
 * sharing one database stay correct. Safe for concurrent use.
 */
public final class JooqTaskStore implements TaskStore {

    private final DSLContext dsl;
    private final TaskReads reads;
    private final TaskInserts inserts;

    public JooqTaskStore(Database database) {
        this(requireNonNull(database, "database is null").dsl());
    }

    public JooqTaskStore(DSLContext dsl) {
        this(requireNonNull(dsl, "dsl is null"), new TaskInserts(dsl));
    }

    private JooqTaskStore(DSLContext dsl, TaskInserts inserts) {
        this.dsl = dsl;
        this.reads = new TaskReads(dsl);
        this.inserts = inserts;
    }

    /** This store working inside another store's transaction ({@code transaction} is its context), with the statements already rendered. */
    public JooqTaskStore boundTo(DSLContext transaction) {
        return new JooqTaskStore(requireNonNull(transaction, "transaction is null"), inserts);
    }

    @Override
    public Task add(NewTask task) {
        requireNonNull(task, "task is null");
        Map<String, String> attributes = task.details().attributes();
        long id = writing(() -> attributes.isEmpty()
                ? dsl.connectionResult(connection -> inserts.insertTask(connection, task))
                : dsl.transactionResult(transaction -> transaction.dsl().connectionResult(connection -> {
                    long newId = inserts.insertTask(connection, task);
                    inserts.insertAttributes(connection, newId, attributes);
                    return newId;
                })));
        return TaskRecordMapper.asStored(task.withId(TaskId.of(id)));
    }

    @Override
    public Optional<Task> find(TaskId id) {
        requireNonNull(id, "id is null");
        return reads.find(id);
    }

    @Override
    public Task update(Task changed, List<TaskEvent> events) {
        requireNonNull(changed, "changed is null");
        requireNonNull(events, "events is null");
        events.forEach(event -> checkBelongs(event, changed.id()));
        long id = changed.id().value();
        long expected = changed.version() - 1;
        return writing(() -> dsl.transactionResult(transaction -> {
            DSLContext db = transaction.dsl();
            int updated = db.update(TASK).set(TaskRecordMapper.toRecord(changed))
                    .where(TASK.ID.eq(id), TASK.VERSION.eq(expected))
                    .execute();
            if (updated == 0) {
                throw missingOrStale(db, changed.id(), OptionalLong.of(expected));
            }
            Map<String, String> attributes = changed.details().attributes();
            if (!reads.attributesOf(db, id).equals(attributes)) {
                db.deleteFrom(TASK_ATTRIBUTE).where(TASK_ATTRIBUTE.TASK_ID.eq(id)).execute();
                db.connection(connection -> inserts.insertAttributes(connection, id, attributes));
            }
            db.connection(connection -> inserts.insertEvents(connection, events));
            return TaskRecordMapper.asStored(changed);
        }));
    }

    @Override
    public void delete(TaskId id, OptionalLong expectedVersion) {
        requireNonNull(id, "id is null");
        requireNonNull(expectedVersion, "expectedVersion is null");
        Condition versionMatches = expectedVersion.isPresent() ? TASK.VERSION.eq(expectedVersion.getAsLong()) : DSL.noCondition();
        // The foreign keys cascade: attributes and history go with the task in the same statement.
        int deleted = writing(() -> dsl.deleteFrom(TASK).where(TASK.ID.eq(id.value()), versionMatches).execute());
        if (deleted == 0) {
            throw missingOrStale(dsl, id, expectedVersion);
        }
    }

    @Override
    public Page<Task> list(TaskFilter filter, PageRequest page) {
        requireNonNull(filter, "filter is null");
        requireNonNull(page, "page is null");
        return reads.list(filter, page);
    }

    @Override
    public Page<TaskEvent> history(TaskId id, PageRequest page) {
        requireNonNull(id, "id is null");
        requireNonNull(page, "page is null");
        return reads.history(id, page);
    }

    private static DomainException missingOrStale(DSLContext db, TaskId id, OptionalLong expectedVersion) {
        Long storedVersion = db.select(TASK.VERSION).from(TASK).where(TASK.ID.eq(id.value())).fetchOne(TASK.VERSION);
        if (storedVersion == null) {
            return new DomainException.NotFound("task", id.toString());
        }
        return Task.staleVersion(id, expectedVersion.orElseThrow(), storedVersion);
    }

    private static void checkBelongs(TaskEvent event, TaskId taskId) {
        requireNonNull(event, "event is null");
        if (!event.taskId().equals(taskId)) {
            throw new IllegalArgumentException("an event of task %s cannot go into the history of task %s".formatted(event.taskId(), taskId));
        }
    }

    /** Runs a write, reporting a broken constraint (SQLState class 23) as a conflict, never as a jOOQ exception. */
    private static <T> T writing(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException failure) {
            if (failure.sqlStateClass() == SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                throw new DomainException.Conflict("constraint-violation",
                        "the change clashes with stored data (SQLState %s)".formatted(failure.sqlState()));
            }
            throw failure;
        }
    }
}
