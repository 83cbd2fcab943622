package dev.opstracker.http.task;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.task.Task;
import dev.opstracker.http.ApiCall;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PatchTaskTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final RunningApi api = RunningApi.start();
    private final Task task = api.tasks().create(TaskFixtures.fullyDescribed());

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void absentFieldsAreKeptAndGivenOnesReplaced() {
        api.clock().advance(Duration.ofMinutes(5));

        ApiReply reply = patch("{\"title\": \"Upgrade prod-eks to 1.32\", \"priority\": \"low\"}", "\"1\"");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"2\"");
        JsonNode body = reply.json();
        assertThat(body.get("title").asText()).isEqualTo("Upgrade prod-eks to 1.32");
        assertThat(body.get("priority").asText()).isEqualTo("P4");
        assertThat(body.get("assignee").asText()).isEqualTo("marcus");
        assertThat(body.get("client").asText()).isEqualTo("ACME");
        assertThat(body.get("version").asLong()).isEqualTo(2);
        assertThat(body.get("updatedAt").asText()).isEqualTo("2026-11-20T08:20:30.123456Z");
    }

    @Test
    void nullClearsAnOptionalField() {
        JsonNode body = patch("{\"assignee\": null, \"dueAt\": null, \"client\": null}", "\"1\"").json();

        assertThat(body.get("assignee").isNull()).isTrue();
        assertThat(body.get("dueAt").isNull()).isTrue();
        assertThat(body.get("client").isNull()).isTrue();
        assertThat(body.get("project").asText()).isEqualTo("acme-k8s");
    }

    @Test
    void attributesMergeKeyByKeyAndNullRemovesAKey() {
        JsonNode body = patch("{\"attributes\": {\"env\": null, \"rack\": \"B7\"}}", "\"1\"").json();

        assertThat(body.get("attributes").properties()).extracting(entry -> entry.getKey() + "=" + entry.getValue().asText())
                .containsExactly("rack=B7", "ticket=OPS-1234");
    }

    @Test
    void nullAttributesRemovesEveryAttribute() {
        JsonNode body = patch("{\"attributes\": null}", "\"1\"").json();

        assertThat(body.get("attributes").isEmpty()).isTrue();
        assertThat(body.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void plainJsonIsAcceptedAsWellAsMergePatchJson() {
        ApiReply reply = call().header("If-Match", "\"1\"").json("{\"description\": \"later\"}").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("description").asText()).isEqualTo("later");
    }

    @Test
    void ifMatchIsAcceptedQuotedBareOrWeak() {
        assertThat(patch("{\"description\": \"a\"}", "\"1\"").status()).isEqualTo(200);
        assertThat(patch("{\"description\": \"b\"}", "2").status()).isEqualTo(200);
        assertThat(patch("{\"description\": \"c\"}", "W/\"3\"").header("ETag")).isEqualTo("\"4\"");
    }

    @Test
    void aStaleIfMatchIsRejectedWith412AndTheTaskIsUnchanged() {
        patch("{\"description\": \"first edit\"}", "\"1\"");

        ApiReply reply = patch("{\"description\": \"lost update\"}", "\"1\"");

        JsonNode problem = assertProblem(reply, 412);
        assertThat(problem.get("reason").asText()).isEqualTo("stale-version");
        assertThat(problem.get("detail").asText()).contains("version 2");
        assertThat(api.tasks().get(task.id()).details().description()).isEqualTo("first edit");
    }

    @Test
    void aPatchWithoutIfMatchIsRejectedWith428() {
        ApiReply reply = call().body(MERGE_PATCH, "{\"description\": \"blind write\"}").send();

        assertThat(assertProblem(reply, 428).get("detail").asText()).contains("If-Match");
    }

    @Test
    void ifMatchAnyEditsWhateverVersionIsCurrentWithout428() {
        patch("{\"description\": \"someone else's edit\"}", "\"1\"");

        ApiReply reply = patch("{\"assignee\": \"dana\"}", "*");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"3\"");
        assertThat(reply.json().get("assignee").asText()).isEqualTo("dana");
        assertThat(reply.json().get("description").asText()).isEqualTo("someone else's edit");
    }

    @Test
    void ifMatchAnyOnAMissingTaskIsStillA404Problem() {
        ApiReply reply = api.call("PATCH", "/api/v1/tasks/999").header("If-Match", "*").body(MERGE_PATCH, "{}").send();

        assertProblem(reply, 404);
    }

    @Test
    void aDueDateOutsideTheStorableRangeIsA400ProblemNamingTheDueDate() {
        JsonNode problem = assertProblem(patch("{\"dueAt\": \"+10000-01-01T00:00:00Z\"}", "\"1\""), 400);

        assertThat(problem.get("field").asText()).isEqualTo("dueAt");
        assertThat(api.tasks().get(task.id()).version()).isEqualTo(1);
    }

    @Test
    void aNullPatchIsA400ProblemNamingTheBody() {
        assertThat(assertProblem(patch("null", "\"1\""), 400).get("field").asText()).isEqualTo("body");
    }

    @Test
    void anIfMatchThatIsNotAVersionIsA400ProblemNamingTheHeader() {
        JsonNode problem = assertProblem(patch("{\"description\": \"x\"}", "\"abc\""), 400);

        assertThat(problem.get("field").asText()).isEqualTo("If-Match");
    }

    @Test
    void clearingTheTitleIsA400ProblemNamingTheTitle() {
        assertThat(assertProblem(patch("{\"title\": null}", "\"1\""), 400).get("field").asText()).isEqualTo("title");
    }

    @Test
    void clearingThePriorityIsA400ProblemNamingThePriority() {
        assertThat(assertProblem(patch("{\"priority\": null}", "\"1\""), 400).get("field").asText()).isEqualTo("priority");
    }

    @Test
    void theStatusCannotBePatchedAndTheProblemPointsToTheStatusRoute() {
        JsonNode problem = assertProblem(patch("{\"status\": \"DONE\"}", "\"1\""), 400);

        assertThat(problem.get("field").asText()).isEqualTo("status");
        assertThat(problem.get("detail").asText()).contains("POST /api/v1/tasks/{id}/status");
    }

    @Test
    void readOnlyFieldsCannotBePatched() {
        assertThat(assertProblem(patch("{\"version\": 9}", "\"1\""), 400).get("field").asText()).isEqualTo("version");
        assertThat(assertProblem(patch("{\"id\": 9}", "\"1\""), 400).get("field").asText()).isEqualTo("id");
    }

    @Test
    void anUnknownFieldIsA400ProblemNamingIt() {
        assertThat(assertProblem(patch("{\"colour\": \"red\"}", "\"1\""), 400).get("field").asText()).isEqualTo("colour");
    }

    @Test
    void aWrongTypeIsA400ProblemNamingTheFieldAndValue() {
        JsonNode problem = assertProblem(patch("{\"assignee\": 42}", "\"1\""), 400);

        assertThat(problem.get("field").asText()).isEqualTo("assignee");
        assertThat(problem.get("value").asText()).isEqualTo("42");
    }

    @Test
    void anUnparseableDueDateIsA400ProblemNamingTheFieldAndValue() {
        JsonNode problem = assertProblem(patch("{\"dueAt\": \"tomorrow\"}", "\"1\""), 400);

        assertThat(problem.get("field").asText()).isEqualTo("dueAt");
        assertThat(problem.get("value").asText()).isEqualTo("tomorrow");
    }

    @Test
    void aPatchThatIsNotAnObjectIsA400Problem() {
        assertProblem(patch("[1, 2]", "\"1\""), 400);
    }

    @Test
    void patchingAnUnknownTaskIsA404Problem() {
        ApiReply reply = api.call("PATCH", "/api/v1/tasks/999").header("If-Match", "\"1\"").body(MERGE_PATCH, "{}").send();

        assertProblem(reply, 404);
    }

    private ApiReply patch(String json, String ifMatch) {
        return call().header("If-Match", ifMatch).body(MERGE_PATCH, json).send();
    }

    private ApiCall call() {
        return api.call("PATCH", "/api/v1/tasks/" + task.id());
    }
}
