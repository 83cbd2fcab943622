package dev.opstracker.persistence.runbook;

import dev.opstracker.domain.runbook.DriftReview;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.jooq.tables.records.RunbookDriftRecord;

/** Drift reviews to and from their rows in {@code runbook_drift} (see V18); the status is stored by its name. */
final class DriftReviewRows {

    private DriftReviewRows() {
    }

    static RunbookDriftRecord toRecord(DriftReview review) {
        return new RunbookDriftRecord(review.slug().value(), review.taskId().value(), review.basedOnVersion(), review.summary(), review.proposedAt(),
                review.status().name(), review.decidedBy(), review.decidedAt(), review.reason(), review.acceptedVersion());
    }

    static DriftReview toReview(RunbookDriftRecord row) {
        return new DriftReview(new RunbookSlug(row.getSlug()), TaskId.of(row.getTaskId()), row.getBasedOnVersion(), row.getSummary(), row.getProposedAt(),
                DriftReview.Status.valueOf(row.getStatus()), row.getDecidedBy(), row.getDecidedAt(), row.getReason(), row.getAcceptedVersion());
    }
}
