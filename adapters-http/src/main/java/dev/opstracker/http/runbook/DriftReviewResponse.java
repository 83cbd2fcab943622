package dev.opstracker.http.runbook;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.runbook.DriftReview;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A runbook's drift from a task, proposed for review, and its decision once made: {@code status} PENDING, ACCEPTED
 * or REJECTED; {@code decidedBy}, {@code decidedAt}, {@code reason} and {@code acceptedVersion} are null until they apply.
 */
record DriftReviewResponse(
        @JsonProperty("taskId") long taskId,
        @JsonProperty("basedOnVersion") int basedOnVersion,
        @JsonProperty("summary") String summary,
        @JsonProperty("status") String status,
        @JsonProperty("proposedAt") String proposedAt,
        @JsonProperty("decidedBy") String decidedBy,
        @JsonProperty("decidedAt") String decidedAt,
        @JsonProperty("reason") String reason,
        @JsonProperty("acceptedVersion") Integer acceptedVersion) {

    static DriftReviewResponse from(DriftReview review) {
        return new DriftReviewResponse(review.taskId().value(), review.basedOnVersion(), review.summary(), review.status().name(),
                seconds(review.proposedAt()), review.decidedBy(), review.decidedAt() == null ? null : seconds(review.decidedAt()), review.reason(),
                review.acceptedVersion());
    }

    private static String seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
