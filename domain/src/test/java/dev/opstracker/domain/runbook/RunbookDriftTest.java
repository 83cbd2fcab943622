package dev.opstracker.domain.runbook;

import static dev.opstracker.domain.runbook.SourceTasks.failed;
import static dev.opstracker.domain.runbook.SourceTasks.ok;
import static dev.opstracker.domain.runbook.SourceTasks.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunbookDriftTest {

    private final RunbookGenerator generator = new RunbookGenerator();

    private static SourceTask restart(long id, String namespace) {
        return task(id).run(ok("kubectl -n " + namespace + " get pods"), ok("kubectl -n " + namespace + " rollout restart deploy/api"),
                ok("kubectl -n " + namespace + " rollout status deploy/api")).build();
    }

    private final List<SourceTask> sources = List.of(restart(1, "prod"), restart(2, "staging"));
    private final Runbook current = generator.generate("Restart the API", sources);

    @Test
    void aTaskThatSkippedAStepAndAddedOneShowsBothAndItsFailures() {
        SourceTask followed = task(3).run(ok("kubectl -n qa get pods"), failed("kubectl -n qa delete pod api-1 --force", 1, "error"),
                ok("kubectl -n qa delete pod api-1"), ok("kubectl -n qa rollout status deploy/api")).build();

        RunbookDrift drift = generator.drift(current, sources, followed);

        assertThat(drift.added()).containsExactly("kubectl -n qa delete pod api-1");
        assertThat(drift.skipped()).containsExactly("kubectl -n prod rollout restart deploy/api");
        assertThat(drift.failed()).containsExactly("kubectl -n qa delete pod api-1 --force");
        assertThat(drift.followedExactly()).isFalse();
        assertThat(drift.summary()).isEqualTo("added `kubectl -n qa delete pod api-1`; skipped `kubectl -n prod rollout restart deploy/api`; "
                + "failed `kubectl -n qa delete pod api-1 --force`");
        assertThat(drift.proposed().slug()).isEqualTo(current.slug());
        assertThat(drift.proposed().title()).isEqualTo("Restart the API");
        assertThat(drift.proposed().sourceTasks()).containsExactly(TaskId.of(1), TaskId.of(2), TaskId.of(3));
        // the proposal is generated as any version is: a command one task of three ran is no step yet, one two of three ran still is
        assertThat(drift.proposed().steps()).extracting(step -> step.commands().getFirst().command())
                .contains("kubectl -n {{namespace}} rollout restart deploy/api").doesNotContain("kubectl -n {{namespace}} delete pod api-1");
    }

    @Test
    void withOneSourceTheAddedStepIsProposedAndTheSkippedOneKept() {
        List<SourceTask> one = List.of(restart(1, "prod"));
        SourceTask followed = task(3).run(ok("kubectl -n qa get pods"), ok("kubectl -n qa delete pod api-1"),
                ok("kubectl -n qa rollout status deploy/api")).build();

        RunbookDrift drift = generator.drift(generator.generate("Restart the API", one), one, followed);

        assertThat(drift.proposed().steps()).extracting(step -> step.commands().getFirst().command()).containsExactly(
                "kubectl -n {{namespace}} get pods", "kubectl -n prod rollout restart deploy/api",
                "kubectl -n qa delete pod api-1", "kubectl -n {{namespace}} rollout status deploy/api");
    }

    @Test
    void aTaskThatRanEveryStepAndNothingElseDidNotDrift() {
        RunbookDrift drift = generator.drift(current, sources, restart(3, "qa"));

        assertThat(drift.followedExactly()).isTrue();
        assertThat(drift.summary()).isEqualTo("the task followed the runbook step by step");
    }

    @Test
    void driftNeedsTheRunbooksSources() {
        assertThatThrownBy(() -> generator.drift(current, List.of(), restart(3, "qa")))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, wrong -> assertThat(wrong.field()).isEqualTo("taskIds"));
    }

    @Test
    void theDocumentDiffMarksRemovedAndAddedLinesAndIsEmptyForEqualDocuments() {
        assertThat(DocumentDiff.of("a.json", "one\ntwo\nthree\n", "one\n2\nthree\nfour\n"))
                .isEqualTo("--- a/a.json\n+++ b/a.json\n one\n-two\n+2\n three\n+four\n");
        assertThat(DocumentDiff.of("a.json", "same\n", "same\n")).isEmpty();
    }
}
