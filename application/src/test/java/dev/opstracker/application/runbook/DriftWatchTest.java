package dev.opstracker.application.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.runbook.DriftReview;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DriftWatchTest {

    private final DriftWork work = new DriftWork();

    @Test
    void aTaskClosedDoneThatWentAnotherWayHasItsDriftProposedForReviewAndCountsAsResolved() {
        RunbookSlug slug = work.learnt(work.restarted("shop"));
        work.clock.advance(Duration.ofMinutes(30));

        TaskId followed = work.deletedAPod(slug, "billing");

        assertThat(work.runbooks.reviews(slug)).singleElement().satisfies(review -> {
            assertThat(review.taskId()).isEqualTo(followed);
            assertThat(review.status()).isEqualTo(DriftReview.Status.PENDING);
            assertThat(review.basedOnVersion()).isEqualTo(1);
            assertThat(review.summary()).isEqualTo("added `kubectl -n billing delete pod web-1`; skipped `kubectl -n shop rollout restart deployment/web`");
            assertThat(review.proposedAt()).isEqualTo(DriftWork.T0.plus(Duration.ofMinutes(30)));
        });
        assertThat(work.runbooks.get(slug).timesResolved()).isEqualTo(1);
        assertThat(work.runbooks.versions(slug)).hasSize(1);
        assertThat(work.failures).isEmpty();
    }

    @Test
    void aTaskThatFollowedTheRunbookStepByStepProposesNothing() {
        RunbookSlug slug = work.learnt(work.restarted("shop"));
        TaskId followed = work.following(slug, "billing");
        work.ran(followed, "kubectl -n billing get pods", 0);
        work.ran(followed, "kubectl -n billing rollout restart deployment/web", 0);

        work.close(followed);

        assertThat(work.runbooks.reviews(slug)).isEmpty();
        assertThat(work.runbooks.get(slug).timesResolved()).isEqualTo(1);
    }

    @Test
    void aTaskClosedAgainProposesItsDriftOnce() {
        RunbookSlug slug = work.learnt(work.restarted("shop"));
        TaskId followed = work.deletedAPod(slug, "billing");
        DriftReview first = work.runbooks.reviews(slug).getFirst();
        work.reopen(followed);
        work.ran(followed, "kubectl -n billing describe pod web-2", 0);
        work.clock.advance(Duration.ofHours(1));

        work.close(followed);

        assertThat(work.runbooks.reviews(slug)).containsExactly(first);
        assertThat(work.watch.proposeFor(followed)).isEmpty();
    }

    @Test
    void aDecidedDriftIsNotProposedAgainWhenItsTaskClosesAgain() {
        RunbookSlug slug = work.learnt(work.restarted("shop"));
        TaskId followed = work.deletedAPod(slug, "billing");
        DriftReview rejected = work.runbooks.rejectDrift(slug, followed, "anna", "one-off");
        work.reopen(followed);

        work.close(followed);

        assertThat(work.runbooks.reviews(slug)).containsExactly(rejected);
    }

    @Test
    void aFailureForOneRunbookIsReportedByRunbookAndTaskAndNeitherFailsTheCloseNorStopsTheOtherRunbooks() {
        TaskId lostSource = work.restarted("shop");
        RunbookSlug broken = work.runbooks.generate("Broken runbook", List.of(lostSource), "marcus").slug();
        RunbookSlug slug = work.learnt(work.restarted("search"));
        work.tasks.delete(lostSource, OptionalLong.empty());
        TaskId followed = work.following(broken, "billing");
        work.store.attach(slug, followed, work.clock.instant());
        work.ran(followed, "kubectl -n billing get pods", 0);
        work.ran(followed, "kubectl -n billing delete pod web-1", 0);

        work.close(followed);

        assertThat(work.taskStore.find(followed).orElseThrow().status()).isEqualTo(TaskStatus.DONE);
        assertThat(work.failures).singleElement().satisfies(failure -> {
            assertThat(failure.slug()).isEqualTo(broken);
            assertThat(failure.taskId()).isEqualTo(followed);
            assertThat(failure.failure()).isInstanceOf(DomainException.NotFound.class);
        });
        assertThat(work.runbooks.reviews(slug)).extracting(DriftReview::taskId).containsExactly(followed);
        assertThat(work.runbooks.reviews(broken)).isEmpty();
        assertThat(work.runbooks.get(slug).timesResolved()).isEqualTo(1);
        assertThat(work.runbooks.get(broken).timesResolved()).isEqualTo(1);
    }

    @Test
    void aTaskNotDoneOrASourceOfTheRunbookIsNotCompared() {
        TaskId source = work.restarted("shop");
        RunbookSlug slug = work.learnt(source);
        TaskId open = work.following(slug, "billing");
        work.ran(open, "kubectl -n billing delete pod web-1", 0);
        work.store.attach(slug, source, work.clock.instant());

        assertThat(work.watch.proposeFor(open)).isEmpty();
        assertThat(work.watch.proposeFor(source)).isEmpty();
        assertThat(work.watch.proposeFor(TaskId.of(404))).isEmpty();
        assertThat(work.runbooks.reviews(slug)).isEmpty();
        assertThat(work.failures).isEmpty();
    }

    @Test
    void aTaskClosedWithoutRunningAnyCommandFollowedNoProcedureAndProposesNothing() {
        RunbookSlug slug = work.learnt(work.restarted("shop"));
        TaskId untouched = work.following(slug, "billing");

        work.close(untouched);

        assertThat(work.runbooks.reviews(slug)).isEmpty();
        assertThat(work.runbooks.get(slug).timesResolved()).isEqualTo(1);
        assertThat(work.failures).isEmpty();
    }

    @Test
    void theProposalIsBasedOnTheRunbooksCurrentVersion() {
        RunbookSlug slug = work.learnt(work.restarted("shop"));
        work.runbooks.generate("Restart crash-looping pods", List.of(work.restarted("shop"), work.restarted("search")), "marcus");

        TaskId followed = work.deletedAPod(slug, "billing");

        assertThat(work.runbooks.reviews(slug)).singleElement().satisfies(review -> {
            assertThat(review.taskId()).isEqualTo(followed);
            assertThat(review.basedOnVersion()).isEqualTo(2);
        });
    }
}
