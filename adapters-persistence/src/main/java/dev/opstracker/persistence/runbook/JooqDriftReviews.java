package dev.opstracker.persistence.runbook;

import static dev.opstracker.persistence.jooq.Tables.RUNBOOK;
import static dev.opstracker.persistence.jooq.Tables.RUNBOOK_DRIFT;
import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.runbook.DriftReview;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.jooq.tables.records.RunbookDriftRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;

/**
 * The drift reviews of {@link JooqRunbookStore}, in {@code runbook_drift} (V18). A proposal and a decision each
 * run in one transaction that first locks the runbook's row: it proves the runbook exists, and the writes of
 * one runbook's reviews take turns, so each sees the latest review and a review is decided once whichever
 * node decides it.
 */
final class JooqDriftReviews {

    private final DSLContext dsl;

    JooqDriftReviews(DSLContext dsl) {
        this.dsl = requireNonNull(dsl, "dsl is null");
    }

    boolean propose(DriftReview proposal) {
        if (!proposal.isPending()) {
            throw new IllegalArgumentException("a proposal is pending, not " + proposal.status());
        }
        try {
            return JooqRunbookStore.writing(() -> dsl.transactionResult(transaction -> {
                DSLContext db = transaction.dsl();
                lockRunbook(db, proposal.slug());
                if (find(db, proposal.slug(), proposal.taskId()).isPresent()) {
                    return false;
                }
                db.insertInto(RUNBOOK_DRIFT).set(DriftReviewRows.toRecord(proposal)).execute();
                return true;
            }));
        } catch (DataAccessException failure) {
            // The primary key refused a second review of this runbook and task: the whole transaction rolled back.
            if (failure.sqlStateClass() == SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION) {
                return false;
            }
            throw failure;
        }
    }

    Optional<DriftReview> review(RunbookSlug slug, TaskId taskId) {
        return find(dsl, requireNonNull(slug, "slug is null"), requireNonNull(taskId, "taskId is null"));
    }

    List<DriftReview> reviews(RunbookSlug slug) {
        return dsl.selectFrom(RUNBOOK_DRIFT).where(RUNBOOK_DRIFT.SLUG.eq(slug.value()))
                .orderBy(RUNBOOK_DRIFT.PROPOSED_AT.desc(), RUNBOOK_DRIFT.TASK_ID.desc()).fetch(DriftReviewRows::toReview);
    }

    DriftReview decide(DriftReview decided) {
        if (decided.isPending()) {
            throw new IllegalArgumentException("a decision accepts or rejects, it is not " + decided.status());
        }
        return JooqRunbookStore.writing(() -> dsl.transactionResult(transaction -> {
            DSLContext db = transaction.dsl();
            lockRunbook(db, decided.slug());
            Optional<DriftReview> stored = find(db, decided.slug(), decided.taskId());
            if (stored.isEmpty()) {
                db.insertInto(RUNBOOK_DRIFT).set(DriftReviewRows.toRecord(decided)).execute();
                return decided;
            }
            // A decided review refuses another decision, naming who decided it.
            DriftReview result = stored.get().withDecisionOf(decided);
            RunbookDriftRecord row = DriftReviewRows.toRecord(result);
            db.update(RUNBOOK_DRIFT).set(RUNBOOK_DRIFT.STATUS, row.getStatus()).set(RUNBOOK_DRIFT.DECIDED_BY, row.getDecidedBy())
                    .set(RUNBOOK_DRIFT.DECIDED_AT, row.getDecidedAt()).set(RUNBOOK_DRIFT.REASON, row.getReason())
                    .set(RUNBOOK_DRIFT.ACCEPTED_VERSION, row.getAcceptedVersion())
                    .where(RUNBOOK_DRIFT.SLUG.eq(row.getSlug()), RUNBOOK_DRIFT.TASK_ID.eq(row.getTaskId())).execute();
            return result;
        }));
    }

    private static void lockRunbook(DSLContext db, RunbookSlug slug) {
        if (db.select(RUNBOOK.SLUG).from(RUNBOOK).where(RUNBOOK.SLUG.eq(slug.value())).forUpdate().fetchOptional().isEmpty()) {
            throw new DomainException.NotFound("runbook", slug.value());
        }
    }

    private static Optional<DriftReview> find(DSLContext db, RunbookSlug slug, TaskId taskId) {
        return db.selectFrom(RUNBOOK_DRIFT).where(RUNBOOK_DRIFT.SLUG.eq(slug.value()), RUNBOOK_DRIFT.TASK_ID.eq(taskId.value()))
                .fetchOptional().map(DriftReviewRows::toReview);
    }
}
