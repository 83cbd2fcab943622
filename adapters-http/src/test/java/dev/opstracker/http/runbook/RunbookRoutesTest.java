package dev.opstracker.http.runbook;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.testing.CommandRunFixtures;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runbooks over HTTP: generated from finished tasks, shown as Accept asks, versioned, diffed and restored. */
class RunbookRoutesTest {

    private final RunningApi api = RunningApi.start();
    private final String writer = api.issueNamed("marcus", Scope.RUNBOOKS_WRITE);
    private final String reader = api.issueNamed("reader", Scope.RUNBOOKS_READ);

    @AfterEach
    void stop() {
        api.close();
    }

    private TaskId finishedTask(String host) {
        Task task = api.tasks().create(TaskDetails.titled("Restart api on " + host));
        CommandRunFixtures.ran(api.commandRuns(), task.id(), "marcus", "2026-11-20T09:00:00Z", "2026-11-20T09:01:00Z", "ssh " + host + " systemctl restart api");
        CommandRunFixtures.ran(api.commandRuns(), task.id(), "marcus", "2026-11-20T09:02:00Z", "2026-11-20T09:03:00Z", "curl -fsS http://" + host + "/health");
        api.tasks().changeStatus(new ChangeTaskStatusCommand(task.id(), TaskStatus.DONE, "restarted", OptionalLong.empty()));
        return task.id();
    }

    private ApiReply create(String token, String json) {
        return api.call("POST", "/api/v1/runbooks").bearer(token).json(json).send();
    }

    private ApiReply get(String token, String path, String accept) {
        return api.call("GET", path).bearer(token).header("Accept", accept).send();
    }

    @Test
    void aRunbookLearntFromFinishedTasksIsCreatedShownVersionedAndRestored() {
        TaskId one = finishedTask("web-01.example.com");
        TaskId two = finishedTask("web-02.example.com");

        ApiReply created = create(writer, "{\"title\": \"Restart the API\", \"taskIds\": [%d, %d]}".formatted(one.value(), two.value()));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().get("slug").asText()).isEqualTo("restart-the-api");
        assertThat(created.json().get("version").asInt()).isEqualTo(1);
        assertThat(created.json().get("author").asText()).isEqualTo("marcus");
        assertThat(created.header("Location")).isEqualTo("/api/v1/runbooks/restart-the-api");

        ApiReply markdown = get(reader, "/api/v1/runbooks/restart-the-api", "text/markdown");
        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.contentType()).startsWith("text/markdown");
        assertThat(markdown.body()).startsWith("MARKDOWN").contains("{{host}}");
        assertThat(get(reader, "/api/v1/runbooks/restart-the-api", "application/json").body()).startsWith("JSON");
        assertThat(get(reader, "/api/v1/runbooks/restart-the-api", "application/yaml").body()).startsWith("RUNDECK_YAML");

        TaskId three = finishedTask("web-03.example.com");
        create(writer, "{\"title\": \"Restart the API\", \"taskIds\": [%d, %d, %d]}".formatted(one.value(), two.value(), three.value()));
        JsonNode versions = get(reader, "/api/v1/runbooks/restart-the-api/versions", "application/json").json().get("items");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(get(reader, "/api/v1/runbooks/restart-the-api/diff?from=1&to=2", "text/plain").body()).contains("web-03.example.com");

        ApiReply restored = api.call("POST", "/api/v1/runbooks/restart-the-api/restore").bearer(writer).json("{\"version\": 1}").send();
        assertThat(restored.status()).as("%s", restored).isEqualTo(201);
        assertThat(restored.json().get("version").asInt()).isEqualTo(3);
        JsonNode listed = get(reader, "/api/v1/runbooks", "application/json").json().get("items");
        assertThat(listed.get(0).get("slug").asText()).isEqualTo("restart-the-api");
        assertThat(listed.get(0).get("version").asInt()).isEqualTo(3);
    }

    @Test
    void badRequestsAreNamedAndReadersCannotWrite() {
        TaskId open = api.tasks().create(TaskDetails.titled("Still open")).id();
        TaskId done = finishedTask("web-01.example.com");

        assertProblem(create(writer, "{\"title\": \"Restart\", \"taskIds\": [%d]}".formatted(open.value())), 400);
        assertProblem(create(writer, "{\"title\": \"Restart\", \"taskIds\": [999999]}"), 404);
        assertProblem(create(writer, "{\"title\": \"Restart\", \"taskIds\": [%d], \"filter\": {\"alert\": \"x\"}}".formatted(done.value())), 400);
        assertProblem(create(writer, "{\"title\": \"Restart\", \"filter\": {\"days\": 0}}"), 400);
        assertProblem(create(reader, "{\"title\": \"Restart\", \"taskIds\": [%d]}".formatted(done.value())), 403);
        assertProblem(get(reader, "/api/v1/runbooks/no-such-runbook", "text/markdown"), 404);
        assertProblem(get(reader, "/api/v1/runbooks/Not_A_Slug", "text/markdown"), 400);
        assertProblem(get(reader, "/api/v1/runbooks/no-such-runbook/diff?from=one&to=2", "text/plain"), 400);
    }

    private static final String ALERT = "API down on a web node";

    private TaskId alert(String fingerprint, String summary, AlertStatus status) {
        Alert alert = new Alert(AlertSource.ALERTMANAGER, null, fingerprint, fingerprint + "/" + status, status, Severity.CRITICAL, summary,
                Map.of("alertname", summary.equals(ALERT) ? "ApiDown" : "Other", "fp", fingerprint), null, null, null, null, null);
        return api.alerts().receive(AlertSource.ALERTMANAGER, new byte[0], List.of(alert)).getFirst().taskId();
    }

    private void ran(TaskId task, String minute, String command) {
        CommandRunFixtures.ran(api.commandRuns(), task, "marcus", "2026-11-20T09:%s:00Z".formatted(minute), "2026-11-20T09:%s:30Z".formatted(minute), command);
    }

    private JsonNode onlyRunbook() {
        return get(reader, "/api/v1/runbooks", "application/json").json().get("items").get(0);
    }

    @Test
    void anAlertOpeningATaskGetsTheMatchingRunbookSuggestedAndItsDriftCanBeAccepted() {
        TaskId first = alert("fp-1", ALERT, AlertStatus.FIRING);
        ran(first, "01", "ssh web-01.example.com systemctl restart api");
        ran(first, "02", "curl -fsS http://web-01.example.com/health");
        alert("fp-1", ALERT, AlertStatus.RESOLVED);
        assertThat(create(writer, "{\"title\": \"Restart the API\", \"taskIds\": [%d]}".formatted(first.value())).status()).isEqualTo(201);

        TaskId followed = alert("fp-2", ALERT, AlertStatus.FIRING);
        TaskId unrelated = alert("fp-3", "Certificate expires soon", AlertStatus.FIRING);
        assertThat(unrelated).isNotEqualTo(followed);

        JsonNode suggested = get(reader, "/api/v1/tasks/%d/runbooks".formatted(followed.value()), "application/json").json().get("items");
        assertThat(suggested).hasSize(1);
        assertThat(suggested.get(0).get("slug").asText()).isEqualTo("restart-the-api");
        assertThat(get(reader, "/api/v1/tasks/%d/runbooks".formatted(unrelated.value()), "application/json").json().get("items")).isEmpty();
        assertThat(onlyRunbook().get("timesUsed").asLong()).isEqualTo(1);

        ran(followed, "11", "ssh web-02.example.com journalctl -u api --since today");
        ran(followed, "12", "curl -fsS http://web-02.example.com/health");
        alert("fp-2", ALERT, AlertStatus.RESOLVED);
        alert("fp-2", ALERT, AlertStatus.RESOLVED);
        assertThat(onlyRunbook().get("timesUsed").asLong()).isEqualTo(1);
        assertThat(onlyRunbook().get("timesResolved").asLong()).isEqualTo(1);

        ApiReply drift = get(reader, "/api/v1/runbooks/restart-the-api/drift?task=%d".formatted(followed.value()), "application/json");
        assertThat(drift.status()).as("%s", drift).isEqualTo(200);
        assertThat(drift.json().get("summary").asText()).contains("added `ssh web-02.example.com journalctl -u api --since today`")
                .contains("skipped `ssh web-01.example.com systemctl restart api`");
        assertThat(drift.json().get("diff").asText()).startsWith("--- a/restart-the-api.json").contains("\n+").contains("journalctl");
        assertThat(drift.json().get("currentVersion").asInt()).isEqualTo(1);

        ApiReply accepted = api.call("POST", "/api/v1/runbooks/restart-the-api/drift").bearer(writer).json("{\"taskId\": %d}".formatted(followed.value())).send();
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(201);
        assertThat(accepted.json().get("version").asInt()).isEqualTo(2);
        assertThat(accepted.json().get("message").asText()).startsWith("Drift from task %d: added".formatted(followed.value()));
        assertThat(onlyRunbook().get("sourceTasks")).hasSize(2);
    }

    @Test
    void driftRequestsNameWhatIsWrongAndReadersCannotAccept() {
        TaskId done = finishedTask("web-01.example.com");
        TaskId other = finishedTask("web-02.example.com");
        create(writer, "{\"title\": \"Restart the API\", \"taskIds\": [%d]}".formatted(done.value()));

        assertProblem(get(reader, "/api/v1/runbooks/restart-the-api/drift", "application/json"), 400);
        assertProblem(get(reader, "/api/v1/runbooks/restart-the-api/drift?task=%d".formatted(done.value()), "application/json"), 400);
        assertProblem(get(reader, "/api/v1/runbooks/no-such-runbook/drift?task=%d".formatted(other.value()), "application/json"), 404);
        assertProblem(api.call("POST", "/api/v1/runbooks/restart-the-api/drift").bearer(writer).json("{}").send(), 400);
        assertProblem(api.call("POST", "/api/v1/runbooks/restart-the-api/drift").bearer(reader)
                .json("{\"taskId\": %d}".formatted(other.value())).send(), 403);
        assertProblem(get(reader, "/api/v1/tasks/999999/runbooks", "application/json"), 404);
    }
}
