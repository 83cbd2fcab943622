package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.application.command.RecordedCommand;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.runbook.RunbookDocuments;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookVersion;
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
}
