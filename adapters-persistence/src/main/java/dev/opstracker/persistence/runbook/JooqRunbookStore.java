package dev.opstracker.persistence.runbook;

import static dev.opstracker.persistence.jooq.Tables.RUNBOOK;
import static dev.opstracker.persistence.jooq.Tables.RUNBOOK_SCOPE;
import static dev.opstracker.persistence.jooq.Tables.RUNBOOK_USE;
import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.runbook.DriftReview;
import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStore;
import dev.opstracker.domain.runbook.StoredRunbook;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.LockRaces;
import dev.opstracker.persistence.jooq.tables.records.RunbookRecord;
import dev.opstracker.persistence.jooq.tables.records.RunbookScopeRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import org.jooq.impl.DSL;

/**
 * A {@link RunbookStore} in the {@code runbook}, {@code runbook_scope} and {@code runbook_use}
 * tables (V16) and {@code runbook_drift} (V18, through {@link JooqDriftReviews}). A runbook's row keeps its canonical document; reads rebuild the runbook from it with
 * the reader given to the constructor (in production {@code RunbookDocuments::read}), so the document
 * is the one source of a runbook's content and the other columns only serve queries. Each call is
 * one transaction, so nodes sharing the database agree:
 * <ul>
 * <li>a save locks the runbook's row and replaces it and its scope only when its version is higher;</li>
 * <li>an attach locks the runbook's row, so attaches of one runbook run one after the other, and the
 * primary key of {@code runbook_use} keeps one use per task whatever happens;</li>
 * <li>a resolution marks each use once ({@code resolved_at} from NULL) and counts only what it marked;</li>
 * <li>a drift proposal or decision locks the runbook's row, so a review is proposed and decided once.</li>
 * </ul>
 * A write that loses a lock race (a deadlock, a lock wait that timed out) wrote nothing and is
 * reported as a {@link DomainException.Conflict} with reason {@code concurrent-write}.
 */
public final class JooqRunbookStore implements RunbookStore {

    private final DSLContext dsl;
    private final Function<String, Runbook> reader;
    private final JooqDriftReviews reviews;

    /**
     * @param reader reads a canonical document back into its runbook, as {@code RunbookDocuments::read}
     *               does; it must read every document {@link #save} was given
     */
    public JooqRunbookStore(Database database, Function<String, Runbook> reader) {
        this.dsl = requireNonNull(database, "database is null").dsl();
        this.reader = requireNonNull(reader, "reader is null");
        this.reviews = new JooqDriftReviews(dsl);
    }

    @Override
    public StoredRunbook save(Runbook runbook, int version, String document, Instant now) {
        requireNonNull(runbook, "runbook is null");
        requireNonNull(document, "document is null");
        requireNonNull(now, "now is null");
        try {
            return saveOnce(runbook, version, document, now);
        } catch (DataAccessException failure) {
            // Two first saves of one slug raced and this one lost (its insert hit the key, or the two deadlocked): the row
            // exists now, so once more takes the update path and its version check.
            if (failure.sqlStateClass() != SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION && !LockRaces.lost(failure)) {
                throw failure;
            }
        }
        return writing(() -> saveOnce(runbook, version, document, now));
    }

    private StoredRunbook saveOnce(Runbook runbook, int version, String document, Instant now) {
        return dsl.transactionResult(transaction -> {
            DSLContext db = transaction.dsl();
            String slug = runbook.slug().value();
            Optional<RunbookRecord> stored = db.selectFrom(RUNBOOK).where(RUNBOOK.SLUG.eq(slug)).forUpdate().fetchOptional();
            RunbookRecord row = RunbookRows.toRecord(runbook, version, document, now, now);
            if (stored.isEmpty()) {
                db.insertInto(RUNBOOK).set(row).execute();
            } else {
                RunbookRecord current = stored.get();
                if (current.getCurrentVersion() >= version) {
                    throw new DomainException.Conflict(DomainException.Conflict.STALE_VERSION, "runbook %s is at version %d already: version %d does not replace it"
                            .formatted(slug, current.getCurrentVersion(), version));
                }
                db.update(RUNBOOK).set(RUNBOOK.TITLE, row.getTitle()).set(RUNBOOK.CURRENT_VERSION, version).set(RUNBOOK.DOCUMENT, document)
                        .set(RUNBOOK.UPDATED_AT, now).where(RUNBOOK.SLUG.eq(slug)).execute();
                db.deleteFrom(RUNBOOK_SCOPE).where(RUNBOOK_SCOPE.SLUG.eq(slug)).execute();
                row.setTimesUsed(current.getTimesUsed());
                row.setTimesResolved(current.getTimesResolved());
                row.setCreatedAt(current.getCreatedAt());
            }
            List<RunbookScopeRecord> scope = RunbookRows.scopeRows(runbook);
            if (!scope.isEmpty()) {
                db.batchInsert(scope).execute();
            }
            return RunbookRows.toStored(row, runbook);
        });
    }

    @Override
    public Optional<StoredRunbook> find(RunbookSlug slug) {
        return dsl.selectFrom(RUNBOOK).where(RUNBOOK.SLUG.eq(slug.value())).fetchOptional().map(row -> RunbookRows.toStored(row, reader));
    }

    @Override
    public List<StoredRunbook> list() {
        return dsl.selectFrom(RUNBOOK).orderBy(RUNBOOK.SLUG).fetch(row -> RunbookRows.toStored(row, reader));
    }

    @Override
    public List<StoredRunbook> matching(String alertName, List<String> componentKinds, Map<String, String> tags) {
        Condition byAlert = alertName == null ? DSL.falseCondition() : DSL.exists(scoped(RunbookRows.ALERT, RUNBOOK_SCOPE.SCOPE_KEY.eq(alertName)));
        Condition byComponent = componentKinds == null || componentKinds.isEmpty() ? DSL.falseCondition()
                : DSL.exists(scoped(RunbookRows.KIND, RUNBOOK_SCOPE.SCOPE_KEY.in(componentKinds))).and(DSL.notExists(scoped(RunbookRows.TAG, DSL.not(carried(tags)))));
        return dsl.selectFrom(RUNBOOK).where(byAlert.or(byComponent)).orderBy(RUNBOOK.SLUG).fetch(row -> RunbookRows.toStored(row, reader));
    }

    /** The scope rows of one kind of the runbook in the outer query meeting {@code condition}. */
    private static Select<?> scoped(String kind, Condition condition) {
        return DSL.selectOne().from(RUNBOOK_SCOPE).where(RUNBOOK_SCOPE.SLUG.eq(RUNBOOK.SLUG), RUNBOOK_SCOPE.SCOPE_KIND.eq(kind), condition);
    }

    /** A tag row naming one of {@code tags} with the same value. */
    private static Condition carried(Map<String, String> tags) {
        if (tags == null || tags.isEmpty()) {
            return DSL.falseCondition();
        }
        return DSL.or(tags.entrySet().stream().map(tag -> RUNBOOK_SCOPE.SCOPE_KEY.eq(tag.getKey()).and(RUNBOOK_SCOPE.SCOPE_VALUE.eq(tag.getValue()))).toList());
    }

    @Override
    public boolean attach(RunbookSlug slug, TaskId taskId, Instant now) {
        requireNonNull(now, "now is null");
        try {
            return writing(() -> dsl.transactionResult(transaction -> {
                DSLContext db = transaction.dsl();
                // Locking the runbook's row makes attaches of one runbook take turns, and proves it exists.
                if (db.select(RUNBOOK.SLUG).from(RUNBOOK).where(RUNBOOK.SLUG.eq(slug.value())).forUpdate().fetchOptional().isEmpty()) {
                    throw new DomainException.NotFound("runbook", slug.value());
                }
                if (db.fetchExists(RUNBOOK_USE, RUNBOOK_USE.SLUG.eq(slug.value()), RUNBOOK_USE.TASK_ID.eq(taskId.value()))) {
                    return false;
                }
                db.insertInto(RUNBOOK_USE).set(RUNBOOK_USE.SLUG, slug.value()).set(RUNBOOK_USE.TASK_ID, taskId.value()).set(RUNBOOK_USE.ATTACHED_AT, now)
                        .execute();
                db.update(RUNBOOK).set(RUNBOOK.TIMES_USED, RUNBOOK.TIMES_USED.plus(1L)).where(RUNBOOK.SLUG.eq(slug.value())).execute();
                return true;
            }));
        } catch (DataAccessException failure) {
            // The primary key of runbook_use refused a second use of this runbook for this task: the whole transaction rolled back.
            if (failure.sqlStateClass() == SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                return false;
            }
            throw failure;
        }
    }

    @Override
    public boolean resolved(TaskId taskId, Instant now) {
        requireNonNull(now, "now is null");
        return writing(() -> dsl.transactionResult(transaction -> {
            DSLContext db = transaction.dsl();
            List<String> slugs = db.select(RUNBOOK_USE.SLUG).from(RUNBOOK_USE).where(RUNBOOK_USE.TASK_ID.eq(taskId.value()), RUNBOOK_USE.RESOLVED_AT.isNull())
                    .orderBy(RUNBOOK_USE.SLUG).fetch(RUNBOOK_USE.SLUG);
            boolean counted = false;
            for (String slug : slugs) {
                // Only the resolution that marks the use counts it, however many run at once.
                int marked = db.update(RUNBOOK_USE).set(RUNBOOK_USE.RESOLVED_AT, now)
                        .where(RUNBOOK_USE.SLUG.eq(slug), RUNBOOK_USE.TASK_ID.eq(taskId.value()), RUNBOOK_USE.RESOLVED_AT.isNull()).execute();
                if (marked == 1) {
                    db.update(RUNBOOK).set(RUNBOOK.TIMES_RESOLVED, RUNBOOK.TIMES_RESOLVED.plus(1L)).where(RUNBOOK.SLUG.eq(slug)).execute();
                    counted = true;
                }
            }
            return counted;
        }));
    }

    @Override
    public List<RunbookSlug> attachedTo(TaskId taskId) {
        return dsl.select(RUNBOOK_USE.SLUG).from(RUNBOOK_USE).where(RUNBOOK_USE.TASK_ID.eq(taskId.value())).orderBy(RUNBOOK_USE.SLUG)
                .fetch(row -> new RunbookSlug(row.value1()));
    }

    @Override
    public boolean propose(DriftReview proposal) {
        return reviews.propose(requireNonNull(proposal, "proposal is null"));
    }

    @Override
    public Optional<DriftReview> review(RunbookSlug slug, TaskId taskId) {
        return reviews.review(slug, taskId);
    }

    @Override
    public List<DriftReview> reviews(RunbookSlug slug) {
        return reviews.reviews(requireNonNull(slug, "slug is null"));
    }

    @Override
    public DriftReview decide(DriftReview decided) {
        return reviews.decide(requireNonNull(decided, "decided is null"));
    }

    /**
     * Runs a write, reporting a lost lock race as a {@code concurrent-write} conflict, never as a jOOQ exception; a broken
     * key (SQLState class 23) is left to the caller, which knows what it means.
     */
    static <T> T writing(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException failure) {
            if (LockRaces.lost(failure)) {
                throw new DomainException.Conflict(DomainException.Conflict.CONCURRENT_WRITE,
                        "another change to the same runbook was being written at the same time; try again");
            }
            throw failure;
        }
    }
}
