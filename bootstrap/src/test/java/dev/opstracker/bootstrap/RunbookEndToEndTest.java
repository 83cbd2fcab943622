package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.command.RecordedCommand;
import dev.opstracker.application.runbook.DriftProposal;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.runbook.RunbookDocuments;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookVersion;
import dev.opstracker.domain.runbook.StoredRunbook;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runbooks through the embedded library on H2: learnt from recorded runs, rendered for Runme, kept in git under the data directory. */
class RunbookEndToEndTest {

    private static final String SECRET = "hunter2-s3cr3t";

    @TempDir
    Path dataDirectory;

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static TaskId restartedOn(OpsTracker ops, String host, String namespace) {
        TaskId task = ops.tasks().create(TaskDetails.titled("Pods crash-looping in " + namespace)).id();
        Instant start = Instant.parse("2026-11-20T09:00:00Z");
        ops.commands().record(task, new RecordedCommand(List.of("kubectl", "--context", host, "-n", namespace, "get", "pods"), "/", Map.of(), "ops-box",
                "marcus", start, start.plusSeconds(2), new CommandResult.Exited(0)), text("api-7d9 0/1 CrashLoopBackOff\n"), text(""));
        ops.commands().record(task, new RecordedCommand(List.of("kubectl", "--context", host, "-n", namespace, "rollout", "restart", "deploy/api",
                "--token", SECRET), "/", Map.of(), "ops-box", "marcus", start.plusSeconds(60), start.plusSeconds(62), new CommandResult.Exited(0)),
                text("deployment.apps/api restarted\n"), text(""));
        ops.tasks().changeStatus(new ChangeTaskStatusCommand(task, TaskStatus.DONE, "rollout restart fixed it", OptionalLong.empty()));
        return task;
    }

    @Test
    void aRunbookLearntFromThreeTasksVariesTheirNamespaceMasksTheTokenAndIsVersionedInGit() throws Exception {
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            List<TaskId> tasks = List.of(restartedOn(ops, "prod-eks", "payments"), restartedOn(ops, "prod-eks", "checkout"),
                    restartedOn(ops, "prod-eks", "search"));

            RunbookVersion first = ops.runbooks().generate("Restart crash-looping pods", tasks, "marcus");
            RunbookSlug slug = first.slug();
            String markdown = ops.runbooks().render(slug, RunbookDocuments.Form.MARKDOWN);
            JsonNode json = new ObjectMapper().readTree(ops.runbooks().render(slug, RunbookDocuments.Form.JSON));

            assertThat(first.number()).isEqualTo(1);
            assertThat(first.message()).contains(tasks.get(0).toString());
            assertThat(markdown).contains("```sh").contains("rollout restart deploy/api").contains("NAMESPACE").doesNotContain(SECRET);
            assertThat(json.get("schema").asText()).isEqualTo("tracker.runbook/v1");
            assertThat(json.get("variables").findValuesAsText("name")).contains("namespace");
            assertThat(json.toString()).doesNotContain(SECRET);
            assertThat(Files.isDirectory(dataDirectory.resolve("runbooks").resolve(".git"))).isTrue();
            assertThat(ops.runbooks().versions(slug)).hasSize(1);
        }
        try (OpsTracker reopened = OpsTracker.embedded(dataDirectory)) {
            assertThat(reopened.runbooks().list()).singleElement().satisfies(stored -> assertThat(stored.version()).isEqualTo(1));
        }
    }

    /** A task opened by alert {@code alertName} on a service of its own, so that it is not grouped into another service's storm. */
    private static TaskId alertOpens(OpsTracker ops, String alertName, String fingerprint, String service) {
        Alert alert = new Alert(AlertSource.ALERTMANAGER, null, fingerprint, fingerprint + "/firing", AlertStatus.FIRING, Severity.CRITICAL,
                "Pods of " + service + " crash-looping", Map.of("alertname", alertName, "fp", fingerprint, "service", service), null, null, null, null,
                null);
        return ops.alerts().receive(AlertSource.ALERTMANAGER, new byte[0], List.of(alert)).getFirst().taskId();
    }

    private static void ran(OpsTracker ops, TaskId task, int minute, String... command) {
        Instant start = Instant.parse("2026-11-20T10:00:00Z").plusSeconds(60L * minute);
        ops.commands().record(task, new RecordedCommand(List.of(command), "/", Map.of(), "ops-box", "marcus", start, start.plusSeconds(2),
                new CommandResult.Exited(0)), text("ok\n"), text(""));
    }

    @Test
    void anAlertsTaskGetsTheMatchingRunbookCountsItsResolutionAndItsDriftBecomesTheNextVersionInGit() {
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            TaskId source = alertOpens(ops, "PodCrashLooping", "fp-1", "payments");
            ran(ops, source, 1, "kubectl", "-n", "payments", "get", "pods");
            ran(ops, source, 2, "kubectl", "-n", "payments", "rollout", "restart", "deploy/api");
            ops.tasks().changeStatus(new ChangeTaskStatusCommand(source, TaskStatus.DONE, "restarted", OptionalLong.empty()));
            RunbookSlug slug = ops.runbooks().generate("Restart crash-looping pods", List.of(source), "marcus").slug();

            TaskId followed = alertOpens(ops, "PodCrashLooping", "fp-2", "checkout");
            assertThat(ops.runbooks().suggestedFor(followed)).extracting(StoredRunbook::slug).containsExactly(slug);
            ran(ops, followed, 11, "kubectl", "-n", "checkout", "get", "pods");
            ran(ops, followed, 12, "kubectl", "-n", "checkout", "delete", "pod", "api-7d9");
            ops.tasks().changeStatus(new ChangeTaskStatusCommand(followed, TaskStatus.DONE, "deleted the pod", OptionalLong.empty()));
            assertThat(ops.runbooks().get(slug).timesUsed()).isEqualTo(1);
            assertThat(ops.runbooks().get(slug).timesResolved()).isEqualTo(1);

            DriftProposal proposal = ops.runbooks().drift(slug, followed);
            assertThat(proposal.drift().added()).containsExactly("kubectl -n checkout delete pod api-7d9");
            assertThat(proposal.drift().skipped()).containsExactly("kubectl -n payments rollout restart deploy/api");
            assertThat(proposal.diff()).contains("delete pod");

            RunbookVersion accepted = ops.runbooks().acceptDrift(slug, followed, "anna");
            assertThat(accepted.number()).isEqualTo(2);
            assertThat(accepted.message()).startsWith("Drift from task " + followed + ": added");
            assertThat(ops.runbooks().versions(slug)).hasSize(2);
            assertThat(ops.runbooks().get(slug).runbook().sourceTasks()).containsExactly(source, followed);
        }
    }
}
