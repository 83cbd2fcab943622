package dev.opstracker.http.task;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.Task;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskRoutesTest {

    private final RunningApi api = RunningApi.start();

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void creatingATaskAnswers201WithLocationETagAndTheTask() {
        ApiReply reply = api.post("/api/v1/tasks", """
                {"title": "Renew TLS cert", "description": "edge-lb-1", "priority": "high", "assignee": "marcus",
                 "reporter": "alertmanager", "client": "ACME", "project": "acme-k8s", "dueAt": "2026-12-01T17:30:00.123456Z",
                 "attributes": {"ticket": "OPS-1234"}}
                """).send();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.contentType()).startsWith("application/json");
        long id = reply.json().get("id").asLong();
        assertThat(reply.header("Location")).isEqualTo("/api/v1/tasks/" + id);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        JsonNode task = reply.json();
        assertThat(task.get("title").asText()).isEqualTo("Renew TLS cert");
        assertThat(task.get("priority").asText()).isEqualTo("P2");
        assertThat(task.get("status").asText()).isEqualTo("OPEN");
        assertThat(task.get("client").asText()).isEqualTo("ACME");
        assertThat(task.get("dueAt").asText()).isEqualTo("2026-12-01T17:30:00.123456Z");
        assertThat(task.get("attributes").get("ticket").asText()).isEqualTo("OPS-1234");
        assertThat(task.get("createdAt").asText()).isEqualTo("2026-11-20T08:15:30.123456Z");
        assertThat(task.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aTaskCreatedWithoutAPriorityGetsTheDefaultP3() {
        ApiReply reply = api.post("/api/v1/tasks", "{\"title\": \"Rotate logs\"}").send();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("priority").asText()).isEqualTo("P3");
    }

    @Test
    void aTaskCreatedWithAnExplicitPriorityKeepsIt() {
        ApiReply reply = api.post("/api/v1/tasks", "{\"title\": \"Rotate logs\", \"priority\": \"P1\"}").send();

        assertThat(reply.json().get("priority").asText()).isEqualTo("P1");
    }

    @Test
    void aTaskIsShownWithExactlyTheDocumentedFieldsAndNullForAbsentOnes() {
        ApiReply created = api.post("/api/v1/tasks", "{\"title\": \"Patch kernel\"}").send();

        ApiReply reply = api.get(created.header("Location")).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        List<String> fields = new ArrayList<>();
        reply.json().fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "title", "description", "status", "priority", "assignee", "reporter",
                "client", "project", "dueAt", "attributes", "createdAt", "updatedAt", "completedAt", "version");
        assertThat(reply.json().get("priority").asText()).as("the default priority").isEqualTo("P3");
        assertThat(reply.json().get("assignee").isNull()).isTrue();
        assertThat(reply.json().get("completedAt").isNull()).isTrue();
        assertThat(reply.json().get("attributes").isEmpty()).isTrue();
    }

    @Test
    void anUnknownTaskIsA404Problem() {
        assertProblem(api.get("/api/v1/tasks/999").send(), 404);
    }

    @Test
    void aTaskIdThatIsNotANumberIsA400ProblemNamingTheId() {
        JsonNode problem = assertProblem(api.get("/api/v1/tasks/abc").send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("id");
        assertThat(problem.get("value").asText()).isEqualTo("abc");
    }

    @Test
    void deletingATaskAnswers204AndTheTaskIsGone() {
        Task task = api.tasks().create(TaskFixtures.aTask().build());

        ApiReply reply = api.call("DELETE", "/api/v1/tasks/" + task.id()).send();

        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.body()).isEmpty();
        assertProblem(api.get("/api/v1/tasks/" + task.id()).send(), 404);
    }

    @Test
    void deletingWithAStaleIfMatchIsRejectedWith412AndKeepsTheTask() {
        Task task = api.tasks().create(TaskFixtures.aTask().build());

        ApiReply reply = api.call("DELETE", "/api/v1/tasks/" + task.id()).header("If-Match", "\"7\"").send();

        assertThat(assertProblem(reply, 412).get("reason").asText()).isEqualTo("stale-version");
        assertThat(api.get("/api/v1/tasks/" + task.id()).send().status()).isEqualTo(200);
    }

    @Test
    void deletingWithTheCurrentIfMatchSucceeds() {
        Task task = api.tasks().create(TaskFixtures.aTask().build());

        ApiReply reply = api.call("DELETE", "/api/v1/tasks/" + task.id()).header("If-Match", "\"1\"").send();

        assertThat(reply.status()).isEqualTo(204);
    }

    @Test
    void deletingWithIfMatchAnyDeletesWhateverVersionIsCurrent() {
        Task task = api.tasks().create(TaskFixtures.aTask().build());
        api.call("POST", "/api/v1/tasks/" + task.id() + "/status").json("{\"status\": \"BLOCKED\"}").send();

        ApiReply reply = api.call("DELETE", "/api/v1/tasks/" + task.id()).header("If-Match", "*").send();

        assertThat(reply.status()).isEqualTo(204);
        assertProblem(api.get("/api/v1/tasks/" + task.id()).send(), 404);
    }

    @Test
    void deletingAMissingTaskWithIfMatchAnyIsStillA404Problem() {
        assertProblem(api.call("DELETE", "/api/v1/tasks/999").header("If-Match", "*").send(), 404);
    }

    @Test
    void theListHasItemsNextAndTotal() {
        api.tasks().create(TaskFixtures.aTask().titled("first").build());
        api.tasks().create(TaskFixtures.aTask().titled("second").build());

        JsonNode page = api.get("/api/v1/tasks").send().json();

        assertThat(titles(page)).containsExactly("first", "second");
        assertThat(page.get("next").isNull()).isTrue();
        assertThat(page.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void theListIsPagedByLimitAndCursor() {
        for (int i = 1; i <= 5; i++) {
            api.tasks().create(TaskFixtures.aTask().titled("task " + i).build());
        }

        JsonNode first = api.get("/api/v1/tasks?limit=2").send().json();
        JsonNode second = api.get("/api/v1/tasks?limit=2&cursor=" + first.get("next").asText()).send().json();
        JsonNode last = api.get("/api/v1/tasks?limit=2&cursor=" + second.get("next").asText()).send().json();

        assertThat(titles(first)).containsExactly("task 1", "task 2");
        assertThat(titles(second)).containsExactly("task 3", "task 4");
        assertThat(titles(last)).containsExactly("task 5");
        assertThat(last.get("next").isNull()).isTrue();
        assertThat(first.get("total").asLong()).isEqualTo(5);
    }

    @Test
    void aLimitAbove500IsA400ProblemNamingTheLimit() {
        JsonNode problem = assertProblem(api.get("/api/v1/tasks?limit=501").send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("limit");
        assertThat(problem.get("value").asText()).isEqualTo("501");
    }

    @Test
    void aLimitThatIsNotANumberIsA400Problem() {
        assertThat(assertProblem(api.get("/api/v1/tasks?limit=ten").send(), 400).get("field").asText()).isEqualTo("limit");
    }

    @Test
    void statusFiltersRepeatOrSplitOnCommasIgnoringCase() {
        Task open = api.tasks().create(TaskFixtures.aTask().titled("open").build());
        Task done = api.tasks().create(TaskFixtures.aTask().titled("done").build());
        api.tasks().create(TaskFixtures.aTask().titled("blocked").build());
        api.call("POST", "/api/v1/tasks/" + done.id() + "/status").json("{\"status\": \"DONE\"}").send();
        api.call("POST", "/api/v1/tasks/" + open.id() + "/status").json("{\"status\": \"in-progress\"}").send();

        assertThat(titles(api.get("/api/v1/tasks?status=done,In_Progress").send().json())).containsExactly("open", "done");
        assertThat(titles(api.get("/api/v1/tasks?status=done&status=open").send().json())).containsExactly("done", "blocked");
    }

    @Test
    void priorityFiltersAcceptCodesAndWords() {
        api.tasks().create(TaskFixtures.aTask().titled("p1").withPriority(Priority.P1).build());
        api.tasks().create(TaskFixtures.aTask().titled("p4").withPriority(Priority.P4).build());
        api.tasks().create(TaskFixtures.aTask().titled("p3").build());

        assertThat(titles(api.get("/api/v1/tasks?priority=critical,P4").send().json())).containsExactly("p1", "p4");
    }

    @Test
    void assigneeClientProjectAttributeAndTextFiltersAllMustHold() {
        api.tasks().create(TaskFixtures.fullyDescribed());
        api.tasks().create(TaskFixtures.aTask().titled("Upgrade staging").assignedTo("marcus").forClient("ACME").build());

        ApiReply reply = api.get("/api/v1/tasks?assignee=marcus&client=ACME&project=acme-k8s"
                + "&attr=env%3Dprod&attr=ticket%3DOPS-1234&text=UPGRADE").send();

        assertThat(titles(reply.json())).containsExactly("Upgrade prod-eks to 1.31");
    }

    @Test
    void anUnknownStatusInAFilterIsA400ProblemNamingTheValue() {
        JsonNode problem = assertProblem(api.get("/api/v1/tasks?status=finished").send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("status");
        assertThat(problem.get("value").asText()).isEqualTo("finished");
    }

    @Test
    void anAttributeFilterWithoutAnEqualsSignIsA400Problem() {
        JsonNode problem = assertProblem(api.get("/api/v1/tasks?attr=env").send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("attr");
    }

    @Test
    void anUnknownQueryParameterIsA400ProblemSoTyposDoNotWidenTheResult() {
        JsonNode problem = assertProblem(api.get("/api/v1/tasks?stauts=open").send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("stauts");
    }

    @Test
    void anUnknownQueryParameterIsNamedButItsValueNeverEchoed() {
        String secret = "opt_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0";

        ApiReply reply = api.get("/api/v1/tasks?status=open&access_token=" + secret).send();

        JsonNode problem = assertProblem(reply, 400);
        assertThat(problem.get("field").asText()).isEqualTo("access_token");
        assertThat(problem.get("detail").asText()).contains("unknown query parameter", "limit", "status");
        assertThat(reply.body()).doesNotContain(secret).doesNotContain("c2VjcmV0");
    }

    private static List<String> titles(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(item -> item.get("title").asText()).toList();
    }
}
