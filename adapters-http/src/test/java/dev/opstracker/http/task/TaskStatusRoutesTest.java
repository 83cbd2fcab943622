package dev.opstracker.http.task;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.task.Task;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskStatusRoutesTest {

    private final RunningApi api = RunningApi.start();
    private final Task task = api.tasks().create(TaskFixtures.aTask().build());

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void closingATaskAnswers200WithTheTaskAndItsCompletionTime() {
        api.clock().advance(Duration.ofHours(1));

        ApiReply reply = changeStatus("{\"status\": \"DONE\", \"note\": \"rotated\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"2\"");
        assertThat(reply.json().get("status").asText()).isEqualTo("DONE");
        assertThat(reply.json().get("completedAt").asText()).isEqualTo("2026-11-20T09:15:30.123456Z");
    }

    @Test
    void statusNamesAreReadIgnoringCaseAndWithDashes() {
        assertThat(changeStatus("{\"status\": \"in-progress\"}").json().get("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void anIllegalTransitionIsA409ProblemWithItsReason() {
        changeStatus("{\"status\": \"CANCELLED\"}");

        ApiReply reply = changeStatus("{\"status\": \"DONE\"}");

        JsonNode problem = assertProblem(reply, 409);
        assertThat(problem.get("reason").asText()).isEqualTo("illegal-transition");
        assertThat(problem.get("detail").asText()).contains("CANCELLED", "DONE");
    }

    @Test
    void anUnknownStatusIsA400ProblemNamingTheValue() {
        JsonNode problem = assertProblem(changeStatus("{\"status\": \"FINISHED\"}"), 400);

        assertThat(problem.get("field").asText()).isEqualTo("status");
        assertThat(problem.get("value").asText()).isEqualTo("FINISHED");
    }

    @Test
    void aMissingStatusIsA400ProblemNamingTheField() {
        assertThat(assertProblem(changeStatus("{\"note\": \"why\"}"), 400).get("field").asText()).isEqualTo("status");
    }

    @Test
    void aStaleIfMatchIsRejectedWith412() {
        ApiReply reply = api.call("POST", statusPath()).header("If-Match", "\"5\"").json("{\"status\": \"DONE\"}").send();

        assertThat(assertProblem(reply, 412).get("reason").asText()).isEqualTo("stale-version");
    }

    @Test
    void theCurrentIfMatchIsAccepted() {
        ApiReply reply = api.call("POST", statusPath()).header("If-Match", "\"1\"").json("{\"status\": \"BLOCKED\"}").send();

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void ifMatchAnyChangesWhateverVersionIsCurrent() {
        changeStatus("{\"status\": \"IN_PROGRESS\"}");

        ApiReply reply = api.call("POST", statusPath()).header("If-Match", "*").json("{\"status\": \"BLOCKED\"}").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"3\"");
    }

    @Test
    void ifMatchAnyOnAMissingTaskIsStillA404Problem() {
        ApiReply reply = api.call("POST", "/api/v1/tasks/999/status").header("If-Match", "*").json("{\"status\": \"DONE\"}").send();

        assertProblem(reply, 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "\"DONE\"", "5", "false"})
    void aBodyThatIsNotAJsonObjectIsA400ProblemNamingTheBody(String body) {
        assertThat(assertProblem(changeStatus(body), 400).get("field").asText()).isEqualTo("body");
        assertThat(api.tasks().get(task.id()).version()).isEqualTo(1);
    }

    @Test
    void theHistoryListsEachStatusChangeOldestFirst() {
        changeStatus("{\"status\": \"IN_PROGRESS\"}");
        api.clock().advance(Duration.ofMinutes(30));
        changeStatus("{\"status\": \"DONE\", \"note\": \"rotated and verified\"}");

        JsonNode history = api.get("/api/v1/tasks/" + task.id() + "/history").send().json();

        assertThat(history.get("next").isNull()).isTrue();
        assertThat(history.get("items")).hasSize(2);
        JsonNode last = history.get("items").get(1);
        assertThat(last.get("type").asText()).isEqualTo("status-changed");
        assertThat(last.get("from").asText()).isEqualTo("IN_PROGRESS");
        assertThat(last.get("to").asText()).isEqualTo("DONE");
        assertThat(last.get("note").asText()).isEqualTo("rotated and verified");
        assertThat(last.get("at").asText()).isEqualTo("2026-11-20T08:45:30.123456Z");
        assertThat(history.get("items").get(0).get("note").isNull()).isTrue();
    }

    @Test
    void theHistoryOfAnUnknownTaskIsA404Problem() {
        assertProblem(api.get("/api/v1/tasks/999/history").send(), 404);
    }

    private ApiReply changeStatus(String json) {
        return api.post(statusPath(), json).send();
    }

    private String statusPath() {
        return "/api/v1/tasks/" + task.id() + "/status";
    }
}
