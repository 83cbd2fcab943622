package dev.opstracker.domain.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DriftReviewTest {

    private static final RunbookSlug SLUG = new RunbookSlug("restart-the-api");
    private static final Instant PROPOSED = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-11-21T08:30:00Z");

    private final DriftReview pending = DriftReview.proposed(SLUG, TaskId.of(12), 1, "added `kubectl delete pod api-1`", PROPOSED);

    @Test
    void aProposalIsPendingWithNoDecision() {
        assertThat(pending.status()).isEqualTo(DriftReview.Status.PENDING);
        assertThat(pending.isPending()).isTrue();
        assertThat(pending.basedOnVersion()).isEqualTo(1);
        assertThat(pending.decidedBy()).isNull();
        assertThat(pending.decidedAt()).isNull();
        assertThat(pending.reason()).isNull();
        assertThat(pending.acceptedVersion()).isNull();
    }

    @Test
    void aSummaryLongerThanTheBoundIsCutAndEndsWithAnEllipsis() {
        String summary = "added `" + "x".repeat(DriftReview.MAX_SUMMARY_LENGTH) + "`";

        DriftReview review = DriftReview.proposed(SLUG, TaskId.of(12), 1, summary, PROPOSED);

        assertThat(review.summary()).hasSize(DriftReview.MAX_SUMMARY_LENGTH).startsWith("added `xxx").endsWith("x…");
        String exact = "y".repeat(DriftReview.MAX_SUMMARY_LENGTH);
        assertThat(DriftReview.proposed(SLUG, TaskId.of(12), 1, exact, PROPOSED).summary()).isEqualTo(exact);
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String summary = "a".repeat(DriftReview.MAX_SUMMARY_LENGTH - 2) + "😀😀";

        String cut = DriftReview.proposed(SLUG, TaskId.of(12), 1, summary, PROPOSED).summary();

        assertThat(cut).endsWith("a…").hasSize(DriftReview.MAX_SUMMARY_LENGTH - 1);
    }

    @Test
    void acceptingRecordsWhoWhenAndTheVersionItSavedAndKeepsTheProposal() {
        DriftReview accepted = pending.accepted(" anna ", 2, DECIDED);

        assertThat(accepted.status()).isEqualTo(DriftReview.Status.ACCEPTED);
        assertThat(accepted.decidedBy()).isEqualTo("anna");
        assertThat(accepted.decidedAt()).isEqualTo(DECIDED);
        assertThat(accepted.acceptedVersion()).isEqualTo(2);
        assertThat(accepted.reason()).isNull();
        assertThat(accepted.summary()).isEqualTo(pending.summary());
        assertThat(accepted.proposedAt()).isEqualTo(PROPOSED);
        assertThat(accepted.isPending()).isFalse();
    }

    @Test
    void rejectingRecordsWhoWhenAndTheReasonWhichIsOptional() {
        DriftReview rejected = pending.rejected("anna", "  deleting the pod only hid the leak ", DECIDED);

        assertThat(rejected.status()).isEqualTo(DriftReview.Status.REJECTED);
        assertThat(rejected.decidedBy()).isEqualTo("anna");
        assertThat(rejected.reason()).isEqualTo("deleting the pod only hid the leak");
        assertThat(rejected.acceptedVersion()).isNull();
        assertThat(pending.rejected("anna", "  ", DECIDED).reason()).isNull();
        assertThat(pending.rejected("anna", null, DECIDED).reason()).isNull();
    }

    @Test
    void decidingADecidedReviewIsAConflictNamingWhoDecidedItHowAndWhen() {
        DriftReview accepted = pending.accepted("anna", 2, DECIDED);
        DriftReview rejected = pending.rejected("marcus", "no", DECIDED);

        assertThatThrownBy(() -> accepted.rejected("marcus", null, DECIDED.plusSeconds(60)))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo(DriftReview.ALREADY_DECIDED))
                .hasMessage("the drift of task 12 from runbook restart-the-api was accepted as version 2 by anna at 2026-11-21T08:30:00Z already");
        assertThatThrownBy(() -> rejected.accepted("anna", 2, DECIDED))
                .isInstanceOf(DomainException.Conflict.class)
                .hasMessage("the drift of task 12 from runbook restart-the-api was rejected by marcus at 2026-11-21T08:30:00Z already");
    }

    @Test
    void aDecisionNamesItsAuthorAndBoundsItsReason() {
        assertThatThrownBy(() -> pending.accepted(" ", 2, DECIDED))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("author"));
        assertThatThrownBy(() -> pending.rejected(null, "no", DECIDED))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("author"));
        assertThatThrownBy(() -> pending.rejected("a".repeat(DriftReview.MAX_AUTHOR_LENGTH + 1), "no", DECIDED))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("author"));
        String tooLong = "r".repeat(DriftReview.MAX_REASON_LENGTH + 1);
        assertThatThrownBy(() -> pending.rejected("anna", tooLong, DECIDED))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> {
                    assertThat(wrong.field()).isEqualTo("reason");
                    assertThat(wrong.getMessage()).contains("at most 500 characters, not 501");
                });
        assertThat(pending.rejected("anna", "r".repeat(DriftReview.MAX_REASON_LENGTH), DECIDED).reason()).hasSize(DriftReview.MAX_REASON_LENGTH);
    }

    @Test
    void aPendingReviewTakesTheDecisionOfAReviewOfTheSameRunbookAndTaskOnly() {
        DriftReview decidedElsewhere = DriftReview.proposed(SLUG, TaskId.of(12), 3, "another summary", DECIDED).rejected("anna", "no", DECIDED);

        DriftReview stored = pending.withDecisionOf(decidedElsewhere);

        assertThat(stored).isEqualTo(new DriftReview(SLUG, TaskId.of(12), 1, pending.summary(), PROPOSED, DriftReview.Status.REJECTED, "anna", DECIDED,
                "no", null));
        DriftReview otherTask = DriftReview.proposed(SLUG, TaskId.of(13), 1, "s", PROPOSED).rejected("anna", null, DECIDED);
        assertThatThrownBy(() -> pending.withDecisionOf(otherTask)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pending.withDecisionOf(pending)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stored.withDecisionOf(decidedElsewhere)).isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void aReviewWhoseDecisionDoesNotFitItsStatusIsRefused() {
        assertThatThrownBy(() -> new DriftReview(SLUG, TaskId.of(12), 1, "s", PROPOSED, DriftReview.Status.PENDING, "anna", DECIDED, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DriftReview(SLUG, TaskId.of(12), 1, "s", PROPOSED, DriftReview.Status.ACCEPTED, "anna", DECIDED, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DriftReview(SLUG, TaskId.of(12), 1, "s", PROPOSED, DriftReview.Status.REJECTED, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DriftReview(SLUG, TaskId.of(12), 0, "s", PROPOSED, DriftReview.Status.PENDING, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
