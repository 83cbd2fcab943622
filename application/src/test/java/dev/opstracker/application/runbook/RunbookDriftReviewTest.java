package dev.opstracker.application.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.opstracker.domain.runbook.DriftReview;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookVersion;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A person accepting or rejecting a runbook's drift through {@link RunbookService}, once. */
class RunbookDriftReviewTest {

    private final DriftWork work = new DriftWork();
    private final RunbookSlug slug = work.learnt(work.restarted("shop"));

    private Instant decidedAt() {
        work.clock.advance(Duration.ofHours(2));
        return work.clock.instant();
    }

    @Test
    void rejectingAProposedDriftRecordsWhoWhyAndWhenAndLeavesTheRunbookAsItIs() {
        TaskId followed = work.deletedAPod(slug, "billing");
        DriftReview proposed = work.runbooks.reviews(slug).getFirst();
        Instant now = decidedAt();

        DriftReview rejected = work.runbooks.rejectDrift(slug, followed, "anna", "deleting the pod hid a memory leak");

        assertThat(rejected).isEqualTo(new DriftReview(slug, followed, 1, proposed.summary(), proposed.proposedAt(), DriftReview.Status.REJECTED, "anna",
                now, "deleting the pod hid a memory leak", null));
        assertThat(work.runbooks.reviews(slug)).containsExactly(rejected);
        assertThat(work.runbooks.get(slug).version()).isEqualTo(1);
        assertThat(work.runbooks.versions(slug)).hasSize(1);
    }

    @Test
    void acceptingAProposedDriftSavesTheNextVersionAndRecordsItAcceptedWithThatVersion() {
        TaskId followed = work.deletedAPod(slug, "billing");
        DriftReview proposed = work.runbooks.reviews(slug).getFirst();
        Instant now = decidedAt();

        RunbookVersion version = work.runbooks.acceptDrift(slug, followed, "anna");

        assertThat(version.number()).isEqualTo(2);
        assertThat(version.message()).isEqualTo("Drift from task %s: %s".formatted(followed, proposed.summary()));
        assertThat(work.runbooks.reviews(slug)).singleElement().satisfies(review -> {
            assertThat(review.status()).isEqualTo(DriftReview.Status.ACCEPTED);
            assertThat(review.isPending()).isFalse();
            assertThat(review.decidedBy()).isEqualTo("anna");
            assertThat(review.decidedAt()).isEqualTo(now);
            assertThat(review.acceptedVersion()).isEqualTo(2);
            assertThat(review.summary()).isEqualTo(proposed.summary());
        });
        assertThat(work.runbooks.get(slug).runbook().sourceTasks()).contains(followed);
    }

    @Test
    void aDriftShownOnDemandIsRecordedDecidedWhenAPersonDecidesIt() {
        TaskId rejectedTask = work.restarted("billing");
        work.ran(rejectedTask, "kubectl -n billing get events", 0);
        TaskId acceptedTask = work.restarted("search");
        work.ran(acceptedTask, "kubectl -n search top pods", 0);
        assertThat(work.runbooks.reviews(slug)).isEmpty();
        String summary = work.runbooks.drift(slug, rejectedTask).summary();

        DriftReview rejected = work.runbooks.rejectDrift(slug, rejectedTask, "anna", null);
        work.runbooks.acceptDrift(slug, acceptedTask, "marcus");

        assertThat(rejected.status()).isEqualTo(DriftReview.Status.REJECTED);
        assertThat(rejected.summary()).isEqualTo(summary);
        assertThat(rejected.reason()).isNull();
        assertThat(rejected.basedOnVersion()).isEqualTo(1);
        assertThat(work.runbooks.reviews(slug)).extracting(DriftReview::taskId, DriftReview::status, DriftReview::acceptedVersion)
                .containsExactly(tuple(acceptedTask, DriftReview.Status.ACCEPTED, 2),
                        tuple(rejectedTask, DriftReview.Status.REJECTED, null));
    }

    @Test
    void decidingADriftTwiceIsAConflictNamingTheFirstDecisionAndSavesNothing() {
        TaskId followed = work.deletedAPod(slug, "billing");
        Instant now = decidedAt();
        work.runbooks.rejectDrift(slug, followed, "anna", "one-off");

        assertThatThrownBy(() -> work.runbooks.acceptDrift(slug, followed, "marcus"))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.reason()).isEqualTo(DriftReview.ALREADY_DECIDED))
                .hasMessage("the drift of task %s from runbook %s was rejected by anna at %s already".formatted(followed, slug, now));
        assertThatThrownBy(() -> work.runbooks.rejectDrift(slug, followed, "marcus", null)).isInstanceOf(DomainException.Conflict.class);
        assertThat(work.runbooks.versions(slug)).hasSize(1);

        TaskId accepted = work.deletedAPod(slug, "search");
        work.runbooks.acceptDrift(slug, accepted, "anna");
        assertThatThrownBy(() -> work.runbooks.rejectDrift(slug, accepted, "marcus", null))
                .isInstanceOf(DomainException.Conflict.class).hasMessageContaining("accepted as version 2 by anna");
        assertThatThrownBy(() -> work.runbooks.acceptDrift(slug, accepted, "marcus")).isInstanceOf(DomainException.Conflict.class);
        assertThat(work.runbooks.versions(slug)).hasSize(2);
    }

    @Test
    void aDecisionNamesAMissingAuthorOrAnOverlongReasonAndAnUnknownRunbookOrTaskIsNotFound() {
        TaskId followed = work.deletedAPod(slug, "billing");

        assertThatThrownBy(() -> work.runbooks.rejectDrift(slug, followed, " ", null))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("author"));
        assertThatThrownBy(() -> work.runbooks.acceptDrift(slug, followed, null))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("author"));
        assertThatThrownBy(() -> work.runbooks.rejectDrift(slug, followed, "anna", "x".repeat(DriftReview.MAX_REASON_LENGTH + 1)))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> work.runbooks.rejectDrift(new RunbookSlug("no-such-runbook"), followed, "anna", null))
                .isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> work.runbooks.rejectDrift(slug, TaskId.of(404), "anna", null)).isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> work.runbooks.reviews(new RunbookSlug("no-such-runbook"))).isInstanceOf(DomainException.NotFound.class);
        assertThat(work.runbooks.reviews(slug)).singleElement().satisfies(review -> assertThat(review.isPending()).isTrue());
    }

    @Test
    void aPendingDriftCanBeRejectedAfterItsTaskWasDeleted() {
        TaskId followed = work.deletedAPod(slug, "billing");
        work.tasks.delete(followed, OptionalLong.empty());

        DriftReview rejected = work.runbooks.rejectDrift(slug, followed, "anna", "the task is gone");

        assertThat(rejected.status()).isEqualTo(DriftReview.Status.REJECTED);
        assertThatThrownBy(() -> work.runbooks.acceptDrift(slug, TaskId.of(404), "anna")).isInstanceOf(DomainException.NotFound.class);
    }
}
