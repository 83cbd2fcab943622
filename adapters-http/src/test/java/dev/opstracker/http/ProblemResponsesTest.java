package dev.opstracker.http;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.domain.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemResponsesTest {

    private static final String TASKS = "/api/v1/tasks";

    private final RunningApi api = RunningApi.start();

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void malformedJsonIsA400ProblemOfTypeMalformedJson() {
        JsonNode problem = assertProblem(api.post(TASKS, "{\"title\": \"x\",}").send(), 400);

        assertThat(problem.get("type").asText()).endsWith("malformed-json");
        assertThat(problem.get("instance").asText()).isEqualTo(TASKS);
    }

    @Test
    void trailingContentAfterTheJsonValueIsA400Problem() {
        assertProblem(api.post(TASKS, "{\"title\": \"x\"} {\"title\": \"y\"}").send(), 400);
    }

    @Test
    void aDuplicateFieldIsA400Problem() {
        assertProblem(api.post(TASKS, "{\"title\": \"x\", \"title\": \"y\"}").send(), 400);
    }

    @Test
    void anUnknownFieldIsA400ProblemNamingItAndTheKnownOnes() {
        JsonNode problem = assertProblem(api.post(TASKS, "{\"title\": \"x\", \"colour\": \"red\"}").send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("colour");
        assertThat(problem.get("detail").asText()).contains("title", "priority").doesNotContain("dev.opstracker");
    }

    @Test
    void aNumberWhereAPriorityNameBelongsIsA400ProblemNamingFieldAndValue() {
        JsonNode problem = assertProblem(api.post(TASKS, "{\"title\": \"x\", \"priority\": 5}").send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("priority");
        assertThat(problem.get("value").asText()).isEqualTo("5");
    }

    @Test
    void anUnparseableDueDateIsA400ProblemNamingFieldAndValue() {
        JsonNode problem = assertProblem(api.post(TASKS, "{\"title\": \"x\", \"dueAt\": \"tomorrow\"}").send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("dueAt");
        assertThat(problem.get("value").asText()).isEqualTo("tomorrow");
    }

    @Test
    void aWrongTypeInsideAttributesIsA400ProblemNamingThePath() {
        JsonNode problem = assertProblem(api.post(TASKS, "{\"title\": \"x\", \"attributes\": {\"port\": 8080}}").send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("attributes.port");
    }

    @Test
    void aBodyThatIsNotAnObjectIsA400Problem() {
        assertProblem(api.post(TASKS, "[\"title\"]").send(), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "[{\"title\": \"x\"}]", "\"x\"", "5", "true"})
    void aBodyThatIsAnotherJsonValueThanAnObjectIsA400ProblemNamingTheBody(String body) {
        JsonNode problem = assertProblem(api.post(TASKS, body).send(), 400);

        assertThat(problem.get("type").asText()).endsWith("invalid-input");
        assertThat(problem.get("field").asText()).isEqualTo("body");
        assertThat(problem.get("detail").asText()).contains("JSON object");
    }

    @Test
    void aNullBodyIsReportedAsNull() {
        assertThat(assertProblem(api.post(TASKS, " null ").send(), 400).get("value").asText()).isEqualTo("null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z", "0999-12-31T23:59:59Z"})
    void aDueDateOutsideTheStorableRangeIsA400ProblemNamingTheDueDate(String dueAt) {
        JsonNode problem = assertProblem(api.post(TASKS, "{\"title\": \"x\", \"dueAt\": \"%s\"}".formatted(dueAt)).send(), 400);

        assertThat(problem.get("type").asText()).endsWith("invalid-input");
        assertThat(problem.get("field").asText()).isEqualTo("dueAt");
    }

    @Test
    void aTitleWithALoneSurrogateIsA400ProblemNamingTheTitle() {
        // The JSON escape reaches the server as written: a high surrogate with no low one after it.
        JsonNode problem = assertProblem(api.post(TASKS, "{\"title\": \"a\\ud800b\"}").send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("title");
        assertThat(problem.get("detail").asText()).contains("Unicode");
    }

    @Test
    void aMissingTitleIsA400ProblemNamingTheTitle() {
        JsonNode problem = assertProblem(api.post(TASKS, "{\"priority\": \"P1\"}").send(), 400);

        assertThat(problem.get("type").asText()).endsWith("invalid-input");
        assertThat(problem.get("field").asText()).isEqualTo("title");
        assertThat(problem.has("value")).isFalse();
    }

    @Test
    void anEmptyBodyIsA400Problem() {
        assertThat(assertProblem(api.post(TASKS, "").send(), 400).get("detail").asText()).contains("JSON body");
    }

    @Test
    void aWrongContentTypeIsA415Problem() {
        ApiReply reply = api.call("POST", TASKS).body("text/plain", "{\"title\": \"x\"}").send();

        assertThat(assertProblem(reply, 415).get("detail").asText()).contains("application/json", "text/plain");
    }

    @Test
    void aMissingContentTypeIsA415Problem() {
        assertProblem(api.call("POST", TASKS).body(null, "{\"title\": \"x\"}").send(), 415);
    }

    @Test
    void aJsonContentTypeWithACharsetIsAccepted() {
        assertThat(api.call("POST", TASKS).body("application/json; charset=utf-8", "{\"title\": \"x\"}").send().status())
                .isEqualTo(201);
    }

    @Test
    void aBodyOverTheConfiguredLimitIsA413Problem() {
        try (RunningApi small = RunningApi.startWith(RunningApi.defaultSettings().withMaxRequestBytes(1_024),
                RunningApi.HEALTHY_H2, new InMemoryTaskStore())) {
            String title = "x".repeat(2_000);

            JsonNode problem = assertProblem(small.post(TASKS, "{\"title\": \"" + title + "\"}").send(), 413);

            assertThat(problem.get("detail").asText()).contains("1024 bytes");
        }
    }

    @Test
    void aDeeplyNestedBodyIsA400ProblemNotA500() {
        String nested = "[".repeat(5_000) + "]".repeat(5_000);

        ApiReply reply = api.call("PATCH", TASKS + "/1").header("If-Match", "\"1\"").json("{\"attributes\": " + nested + "}").send();

        assertProblem(reply, 400);
    }

    @Test
    void aFullStoreIsA507Problem() {
        BrokenTaskStore full = new BrokenTaskStore(() -> new DomainException.StorageFull("the data volume has 12 MiB left"));
        try (RunningApi fullApi = RunningApi.startWith(RunningApi.defaultSettings(), RunningApi.HEALTHY_H2, full)) {
            JsonNode problem = assertProblem(fullApi.post(TASKS, "{\"title\": \"x\"}").send(), 507);

            assertThat(problem.get("type").asText()).endsWith("storage-full");
            assertThat(problem.get("detail").asText()).contains("12 MiB left");
        }
    }

    @Test
    void anUnknownRouteIsA404Problem() {
        assertProblem(api.get("/nothing/here").send(), 404);
        assertProblem(api.get("/api/v1/nothing").send(), 404);
    }

    @Test
    void anUnsupportedMethodOnAKnownRouteIsA405ProblemWithAllow() {
        ApiReply reply = api.call("PUT", TASKS + "/1").json("{}").send();

        assertProblem(reply, 405);
        assertThat(reply.header("Allow")).contains("GET", "PATCH", "DELETE");
    }
}
