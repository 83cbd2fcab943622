package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.opstracker.application.command.RecordedCommand;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.runbook.DriftReview;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookVersion;
import dev.opstracker.domain.runbook.StoredRunbook;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runbook drift through the embedded library on H2 and git: a task an alert opened, which followed the runbook
 * another way, has its drift proposed when it closes DONE; a person rejects one proposal and accepts another.
 */
class RunbookDriftEndToEndTest {

    @TempDir
    Path dataDirectory;

    /** A task opened by alert PodCrashLooping on a service of its own, so that it is not grouped into another service's storm. */
    private static TaskId alertOpens(OpsTracker ops, String fingerprint, String service) {
        Alert alert = new Alert(AlertSource.ALERTMANAGER, null, fingerprint, fingerprint + "/firing", AlertStatus.FIRING, Severity.CRITICAL,
                "Pods of " + service + " crash-looping", Map.of("alertname", "PodCrashLooping", "fp", fingerprint, "service", service), null, null,
                null, null, null);
        return ops.alerts().receive(AlertSource.ALERTMANAGER, new byte[0], List.of(alert)).getFirst().taskId();
    }

    private static void ran(OpsTracker ops, TaskId task, int minute, String... command) {
        Instant start = Instant.parse("2026-11-20T10:00:00Z").plusSeconds(60L * minute);
        ops.commands().record(task, new RecordedCommand(List.of(command), "/", Map.of(), "ops-box", "marcus", start, start.plusSeconds(2),
                new CommandResult.Exited(0)), new ByteArrayInputStream("ok\n".getBytes(StandardCharsets.UTF_8)), null);
    }

    private static void done(OpsTracker ops, TaskId task) {
        ops.tasks().changeStatus(new ChangeTaskStatusCommand(task, TaskStatus.DONE, "pods running again", OptionalLong.empty()));
    }

    private static DriftReview reviewOf(OpsTracker ops, RunbookSlug slug, TaskId task) {
        return ops.runbooks().reviews(slug).stream().filter(review -> review.taskId().equals(task)).findFirst().orElseThrow();
    }

    @Test
    void aDriftedTaskIsProposedWhenItClosesAndOneProposalIsRejectedAndAnotherAcceptedAsVersionTwo() {
        RunbookSlug slug;
        TaskId rejectedTask;
        TaskId acceptedTask;
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            TaskId source = alertOpens(ops, "fp-1", "payments");
            ran(ops, source, 1, "kubectl", "-n", "payments", "get", "pods");
            ran(ops, source, 2, "kubectl", "-n", "payments", "rollout", "restart", "deploy/api");
            done(ops, source);
            slug = ops.runbooks().generate("Restart crash-looping pods", List.of(source), "marcus").slug();

            rejectedTask = alertOpens(ops, "fp-2", "checkout");
            assertThat(ops.runbooks().suggestedFor(rejectedTask)).extracting(StoredRunbook::slug).containsExactly(slug);
            ran(ops, rejectedTask, 11, "kubectl", "-n", "checkout", "get", "pods");
            ran(ops, rejectedTask, 12, "kubectl", "-n", "checkout", "delete", "pod", "api-7d9");
            done(ops, rejectedTask);

            DriftReview proposed = reviewOf(ops, slug, rejectedTask);
            assertThat(proposed.status()).isEqualTo(DriftReview.Status.PENDING);
            assertThat(proposed.basedOnVersion()).isEqualTo(1);
            assertThat(proposed.summary()).contains("added `kubectl -n checkout delete pod api-7d9`")
                    .contains("skipped `kubectl -n payments rollout restart deploy/api`");
            assertThat(ops.runbooks().get(slug).timesResolved()).isEqualTo(1);

            DriftReview rejected = ops.runbooks().rejectDrift(slug, rejectedTask, "anna", "deleting the pod only hid the crash loop");
            assertThat(rejected.status()).isEqualTo(DriftReview.Status.REJECTED);
            assertThat(rejected.decidedBy()).isEqualTo("anna");
            assertThat(rejected.reason()).isEqualTo("deleting the pod only hid the crash loop");
            assertThat(ops.runbooks().get(slug).version()).isEqualTo(1);
            assertThat(ops.runbooks().versions(slug)).hasSize(1);

            acceptedTask = alertOpens(ops, "fp-3", "search");
            ran(ops, acceptedTask, 21, "kubectl", "-n", "search", "get", "pods");
            ran(ops, acceptedTask, 22, "kubectl", "-n", "search", "logs", "deploy/api", "--previous");
            ran(ops, acceptedTask, 23, "kubectl", "-n", "search", "rollout", "restart", "deploy/api");
            done(ops, acceptedTask);
            assertThat(reviewOf(ops, slug, acceptedTask).summary()).startsWith("added `kubectl -n search logs deploy/api --previous`");

            RunbookVersion accepted = ops.runbooks().acceptDrift(slug, acceptedTask, "marcus");
            assertThat(accepted.number()).isEqualTo(2);
            assertThat(reviewOf(ops, slug, acceptedTask).status()).isEqualTo(DriftReview.Status.ACCEPTED);
            assertThat(reviewOf(ops, slug, acceptedTask).acceptedVersion()).isEqualTo(2);
            assertThat(ops.runbooks().get(slug).version()).isEqualTo(2);
        }
        try (OpsTracker reopened = OpsTracker.embedded(dataDirectory)) {
            assertThat(reopened.runbooks().reviews(slug)).extracting(DriftReview::taskId, DriftReview::status)
                    .containsExactlyInAnyOrder(tuple(rejectedTask, DriftReview.Status.REJECTED),
                            tuple(acceptedTask, DriftReview.Status.ACCEPTED));
            TaskId decided = rejectedTask;
            assertThatThrownBy(() -> reopened.runbooks().acceptDrift(slug, decided, "marcus")).isInstanceOf(DomainException.Conflict.class)
                    .hasMessageContaining("rejected by anna");
        }
    }
}
