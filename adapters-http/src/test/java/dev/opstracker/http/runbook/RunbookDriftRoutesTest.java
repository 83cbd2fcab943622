package dev.opstracker.http.runbook;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.testing.CommandRunFixtures;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runbook drift over HTTP: proposed when a task that followed the runbook closes having gone another way, then rejected or accepted once. */
class RunbookDriftRoutesTest {

    private static final String PROPOSALS = "/api/v1/runbooks/restart-the-api/proposals";

    private final RunningApi api = RunningApi.start();
    private final String writer = api.issueNamed("anna", Scope.RUNBOOKS_WRITE);
    private final String reader = api.issueNamed("reader", Scope.RUNBOOKS_READ);

    @AfterEach
    void stop() {
        api.close();
    }

    private TaskId alert(String fingerprint, AlertStatus status) {
        Alert alert = new Alert(AlertSource.ALERTMANAGER, null, fingerprint, fingerprint + "/" + status, status, Severity.CRITICAL,
                "API down on a web node", Map.of("alertname", "ApiDown", "fp", fingerprint), null, null, null, null, null);
        return api.alerts().receive(AlertSource.ALERTMANAGER, new byte[0], List.of(alert)).getFirst().taskId();
    }

    private void ran(TaskId task, String minute, String command) {
        CommandRunFixtures.ran(api.commandRuns(), task, "marcus", "2026-11-20T09:%s:00Z".formatted(minute), "2026-11-20T09:%s:30Z".formatted(minute),
                command);
    }

    /** The runbook learnt from a task of the alert that restarted the API on web-01 and checked its health. */
    private void runbookLearnt() {
        TaskId source = alert("fp-1", AlertStatus.FIRING);
        ran(source, "01", "ssh web-01.example.com systemctl restart api");
        ran(source, "02", "curl -fsS http://web-01.example.com/health");
        alert("fp-1", AlertStatus.RESOLVED);
        ApiReply created = api.call("POST", "/api/v1/runbooks").bearer(writer)
                .json("{\"title\": \"Restart the API\", \"taskIds\": [%d]}".formatted(source.value())).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
    }

    /** A task the alert opened with the runbook attached, which read the journal instead of restarting, closed when the alert resolved. */
    private TaskId driftedTask(String fingerprint, String minute) {
        TaskId task = alert(fingerprint, AlertStatus.FIRING);
        ran(task, minute, "ssh web-02.example.com journalctl -u api --since today");
        alert(fingerprint, AlertStatus.RESOLVED);
        return task;
    }

    private ApiReply reject(String token, String slug, String json) {
        return api.call("POST", "/api/v1/runbooks/" + slug + "/drift/reject").bearer(token).json(json).send();
    }

    private ApiReply accept(String token, TaskId task) {
        return api.call("POST", "/api/v1/runbooks/restart-the-api/drift").bearer(token).json("{\"taskId\": %d}".formatted(task.value())).send();
    }

    private JsonNode proposals() {
        ApiReply listed = api.call("GET", PROPOSALS).bearer(reader).send();
        assertThat(listed.status()).as("%s", listed).isEqualTo(200);
        return listed.json().get("items");
    }

    @Test
    void aTaskThatClosedHavingGoneAnotherWayIsListedAsAPendingProposalWithEveryField() {
        runbookLearnt();
        TaskId task = driftedTask("fp-2", "11");

        JsonNode items = proposals();

        assertThat(items).hasSize(1);
        JsonNode proposal = items.get(0);
        assertThat(proposal.get("taskId").asLong()).isEqualTo(task.value());
        assertThat(proposal.get("basedOnVersion").asInt()).isEqualTo(1);
        assertThat(proposal.get("summary").asText()).contains("added `ssh web-02.example.com journalctl -u api --since today`")
                .contains("skipped `ssh web-01.example.com systemctl restart api`");
        assertThat(proposal.get("status").asText()).isEqualTo("PENDING");
        assertThat(proposal.get("proposedAt").asText()).isEqualTo("2026-11-20T08:15:30Z");
        for (String undecided : List.of("decidedBy", "decidedAt", "reason", "acceptedVersion")) {
            assertThat(proposal.has(undecided)).as(undecided).isTrue();
            assertThat(proposal.get(undecided).isNull()).as(undecided).isTrue();
        }
    }

    @Test
    void rejectingAProposalRecordsTheCallerAndTheReasonSavesNoVersionAndCannotBeAcceptedAfterwards() {
        runbookLearnt();
        TaskId task = driftedTask("fp-2", "11");

        ApiReply rejected = reject(writer, "restart-the-api", "{\"taskId\": %d, \"reason\": \"the journal only showed the symptom\"}".formatted(task.value()));

        assertThat(rejected.status()).as("%s", rejected).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("decidedBy").asText()).isEqualTo("anna");
        assertThat(rejected.json().get("decidedAt").asText()).isEqualTo("2026-11-20T08:15:30Z");
        assertThat(rejected.json().get("reason").asText()).isEqualTo("the journal only showed the symptom");
        assertThat(rejected.json().get("acceptedVersion").isNull()).isTrue();
        assertThat(proposals().get(0).get("status").asText()).isEqualTo("REJECTED");
        JsonNode versions = api.call("GET", "/api/v1/runbooks/restart-the-api/versions").bearer(reader).send().json().get("items");
        assertThat(versions).hasSize(1);

        JsonNode conflict = assertProblem(accept(writer, task), 409);
        assertThat(conflict.get("detail").asText()).contains("rejected by anna at 2026-11-20T08:15:30Z");
        assertThat(conflict.get("reason").asText()).isEqualTo("already-decided");
    }

    @Test
    void acceptingAProposalSavesTheNextVersionRecordsItAcceptedAndCannotBeRejectedAfterwards() {
        runbookLearnt();
        TaskId task = driftedTask("fp-2", "11");

        ApiReply accepted = accept(writer, task);

        assertThat(accepted.status()).as("%s", accepted).isEqualTo(201);
        assertThat(accepted.json().get("version").asInt()).isEqualTo(2);
        JsonNode proposal = proposals().get(0);
        assertThat(proposal.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(proposal.get("acceptedVersion").asInt()).isEqualTo(2);
        assertThat(proposal.get("decidedBy").asText()).isEqualTo("anna");
        assertThat(proposal.get("basedOnVersion").asInt()).isEqualTo(1);
        JsonNode conflict = assertProblem(reject(writer, "restart-the-api", "{\"taskId\": %d}".formatted(task.value())), 409);
        assertThat(conflict.get("detail").asText()).contains("accepted as version 2 by anna");
        assertProblem(accept(writer, task), 409);
    }

    @Test
    void rejectRequestsNameWhatIsWrongAndReadersCannotReject() {
        runbookLearnt();
        TaskId task = driftedTask("fp-2", "11");
        String body = "{\"taskId\": %d}".formatted(task.value());

        assertThat(assertProblem(reject(writer, "no-such-runbook", body), 404).get("detail").asText()).contains("no-such-runbook");
        assertProblem(api.call("GET", "/api/v1/runbooks/no-such-runbook/proposals").bearer(reader).send(), 404);
        assertThat(assertProblem(reject(writer, "restart-the-api", "{\"reason\": \"no\"}"), 400).get("field").asText()).isEqualTo("taskId");
        assertThat(assertProblem(reject(writer, "restart-the-api", "{\"taskId\": %d, \"reason\": \"%s\"}".formatted(task.value(), "x".repeat(501))), 400)
                .get("field").asText()).isEqualTo("reason");
        assertProblem(reject(writer, "restart-the-api", "{\"taskId\": %d, \"why\": \"no\"}".formatted(task.value())), 400);
        assertProblem(reject(writer, "restart-the-api", "{\"taskId\": 999999}"), 404);
        assertProblem(reject(reader, "restart-the-api", body), 403);
        assertThat(proposals().get(0).get("status").asText()).isEqualTo("PENDING");
    }
}
