package dev.opstracker.persistence.time;

import static dev.opstracker.persistence.jooq.Tables.TIME_ENTRY;
import static dev.opstracker.persistence.jooq.Tables.TIME_USER_LOCK;
import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.TimeConflicts;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryDetails;
import dev.opstracker.domain.time.TimeEntryFilter;
import dev.opstracker.domain.time.TimeEntryId;
import dev.opstracker.domain.time.TimeEntryStore;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.jooq.tables.records.TimeEntryRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * A {@link TimeEntryStore} in the {@code time_entry} table. Every write locks the user's
 * {@code time_user_lock} row first, so its overlap and running-timer checks and the write are one
 * step for every node on the database; the unique key on (user, running marker) holds the
 * one-running-timer rule even against a writer that skipped the lock.
 */
public final class JooqTimeEntryStore implements TimeEntryStore {

    private static final int STREAM_BATCH = 1_000;

    private final DSLContext dsl;

    public JooqTimeEntryStore(Database database) {
        this.dsl = requireNonNull(database, "database is null").dsl();
    }

    @Override
    public TimeEntry add(TimeEntryDetails details, Instant now, boolean refuseOverlap) {
        requireNonNull(details, "details is null");
        ensureLockRow(details.user());
        return dsl.transactionResult(transaction -> {
            DSLContext db = transaction.dsl();
            lockUser(db, details.user());
            check(db, details, null, refuseOverlap);
            return insert(db, details, now);
        });
    }

    @Override
    public Started start(TimeEntryDetails running, Instant now) {
        requireNonNull(running, "running is null");
        ensureLockRow(running.user());
        return dsl.transactionResult(transaction -> {
            DSLContext db = transaction.dsl();
            lockUser(db, running.user());
            Optional<TimeEntry> stopped = runningIn(db, running.user()).map(old -> {
                TimeEntry ended = old.changed(old.details().stoppedAt(running.start()), now);
                write(db, ended);
                return ended;
            });
            return new Started(insert(db, running, now), stopped);
        });
    }

    @Override
    public Optional<TimeEntry> find(TimeEntryId id) {
        return dsl.selectFrom(TIME_ENTRY).where(TIME_ENTRY.ID.eq(id.value())).fetchOptional().map(TimeEntryRows::toEntry);
    }

    @Override
    public Optional<TimeEntry> running(String user) {
        return runningIn(dsl, user);
    }

    @Override
    public List<TimeEntry> runningSince(Instant startedBefore) {
        return dsl.selectFrom(TIME_ENTRY).where(TIME_ENTRY.RUNNING_MARKER.eq(TimeEntryRows.RUNNING), TIME_ENTRY.STARTED_AT.lt(startedBefore))
                .orderBy(TIME_ENTRY.STARTED_AT, TIME_ENTRY.ID).fetch(TimeEntryRows::toEntry);
    }

    @Override
    public TimeEntry update(TimeEntry changed, boolean refuseOverlap) {
        requireNonNull(changed, "changed is null");
        ensureLockRow(changed.details().user());
        return dsl.transactionResult(transaction -> {
            DSLContext db = transaction.dsl();
            lockUser(db, changed.details().user());
            TimeEntryRecord stored = db.selectFrom(TIME_ENTRY).where(TIME_ENTRY.ID.eq(changed.id().value())).forUpdate().fetchOptional()
                    .orElseThrow(() -> new DomainException.NotFound("time entry", changed.id().toString()));
            if (stored.getVersion() != changed.version() - 1) {
                throw DomainException.Conflict.staleVersion("time entry", changed.id(), changed.version() - 1, stored.getVersion());
            }
            check(db, changed.details(), changed.id(), refuseOverlap);
            write(db, changed);
            return changed;
        });
    }

    @Override
    public void delete(TimeEntryId id, long expectedVersion) {
        dsl.transaction(transaction -> {
            DSLContext db = transaction.dsl();
            TimeEntryRecord stored = db.selectFrom(TIME_ENTRY).where(TIME_ENTRY.ID.eq(id.value())).forUpdate().fetchOptional()
                    .orElseThrow(() -> new DomainException.NotFound("time entry", id.toString()));
            if (stored.getVersion() != expectedVersion) {
                throw DomainException.Conflict.staleVersion("time entry", id, expectedVersion, stored.getVersion());
            }
            db.deleteFrom(TIME_ENTRY).where(TIME_ENTRY.ID.eq(id.value())).execute();
        });
    }

    @Override
    public Stream<TimeEntry> matching(TimeEntryFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(TIME_ENTRY.STARTED_AT.lt(filter.range().to()));
        conditions.add(TIME_ENTRY.ENDED_AT.isNull().or(TIME_ENTRY.ENDED_AT.gt(filter.range().from())));
        if (filter.client() != null) {
            conditions.add(TIME_ENTRY.CLIENT_CODE.eq(filter.client().value()));
        }
        if (filter.project() != null) {
            conditions.add(TIME_ENTRY.PROJECT_CODE.eq(filter.project().value()));
        }
        if (filter.user() != null) {
            conditions.add(TIME_ENTRY.USER_NAME.eq(filter.user()));
        }
        if (filter.tasks() != null) {
            conditions.add(TIME_ENTRY.TASK_ID.in(filter.tasks().stream().map(TaskId::value).toList()));
        }
        // A fetch size makes both drivers read rows in batches as the stream is consumed, not all at once.
        return TimeEntryResultSet.stream(dsl.select(TimeEntryResultSet.COLUMNS).from(TIME_ENTRY).where(conditions)
                .orderBy(TIME_ENTRY.STARTED_AT, TIME_ENTRY.ID).fetchSize(STREAM_BATCH).fetchResultSet());
    }

    @Override
    public List<TimeEntry> overlapping(String user, Instant start, Instant end) {
        return overlappingIn(dsl, user, start, end);
    }

    private static List<TimeEntry> overlappingIn(DSLContext db, String user, Instant start, Instant end) {
        Condition startsBeforeEnd = end == null ? TIME_ENTRY.ID.isNotNull() : TIME_ENTRY.STARTED_AT.lt(end);
        return db.selectFrom(TIME_ENTRY)
                .where(TIME_ENTRY.USER_NAME.eq(user), startsBeforeEnd, TIME_ENTRY.ENDED_AT.isNull().or(TIME_ENTRY.ENDED_AT.gt(start)))
                .orderBy(TIME_ENTRY.STARTED_AT, TIME_ENTRY.ID)
                .fetch(TimeEntryRows::toEntry);
    }

    private static Optional<TimeEntry> runningIn(DSLContext db, String user) {
        return db.selectFrom(TIME_ENTRY).where(TIME_ENTRY.USER_NAME.eq(user), TIME_ENTRY.RUNNING_MARKER.eq(TimeEntryRows.RUNNING)).fetchOptional()
                .map(TimeEntryRows::toEntry);
    }

    private static void check(DSLContext db, TimeEntryDetails details, TimeEntryId self, boolean refuseOverlap) {
        if (details.isRunning()) {
            runningIn(db, details.user()).filter(entry -> !entry.id().equals(self)).ifPresent(entry -> {
                throw TimeConflicts.timerRunning(details.user(), entry);
            });
        }
        if (refuseOverlap) {
            overlappingIn(db, details.user(), details.start(), details.end()).stream().filter(entry -> !entry.id().equals(self)).findFirst()
                    .ifPresent(entry -> {
                        throw TimeConflicts.overlap(details, entry);
                    });
        }
    }

    private static TimeEntry insert(DSLContext db, TimeEntryDetails details, Instant now) {
        TimeEntryRecord row = TimeEntryRows.toRecord(details, now, now, TimeEntry.FIRST_VERSION);
        long id = db.insertInto(TIME_ENTRY).set(row).returningResult(TIME_ENTRY.ID).fetchOne().value1();
        return new TimeEntry(TimeEntryId.of(id), details, now, now, TimeEntry.FIRST_VERSION);
    }

    private static void write(DSLContext db, TimeEntry entry) {
        db.update(TIME_ENTRY).set(TimeEntryRows.toRecord(entry.details(), entry.createdAt(), entry.updatedAt(), entry.version()))
                .where(TIME_ENTRY.ID.eq(entry.id().value())).execute();
    }

    /** The user's lock row, made once in a transaction of its own; a writer racing to make it too loses harmlessly. */
    private void ensureLockRow(String user) {
        if (dsl.fetchExists(TIME_USER_LOCK, TIME_USER_LOCK.USER_NAME.eq(user))) {
            return;
        }
        try {
            dsl.insertInto(TIME_USER_LOCK).set(TIME_USER_LOCK.USER_NAME, user).execute();
        } catch (IntegrityConstraintViolationException madeMeanwhile) {
            // Another writer made it first: it exists, which is all that was needed.
        }
    }

    private static void lockUser(DSLContext db, String user) {
        db.select(TIME_USER_LOCK.USER_NAME).from(TIME_USER_LOCK).where(TIME_USER_LOCK.USER_NAME.eq(user)).forUpdate().fetch();
    }
}
