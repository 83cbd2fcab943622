package dev.opstracker.http.time;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.http.ApiReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeAccessTest {

    private final TimeApi time = new TimeApi();
    private final long taskId = time.task.id().value();

    @AfterEach
    void stopApi() {
        time.close();
    }

    @Test
    void aTokenWithoutTimeWriteMayNotRecordTime() {
        ApiReply reply = time.start(time.auditor, "{\"taskId\": %d}".formatted(taskId));

        JsonNode problem = assertProblem(reply, 403);
        assertThat(problem.get("detail").asText()).contains("time:write");
        assertThat(reply.header("WWW-Authenticate")).contains("insufficient_scope").contains("time:write");
        assertProblem(time.post(time.auditor, "/api/v1/time/stop", "{}"), 403);
        assertProblem(time.post(time.auditor, TimeApi.ENTRIES, "{}"), 403);
    }

    @Test
    void timeReadMayReadAndTasksWriteMayNot() {
        String tasksOnly = time.api.issueNamed("marcus", Scope.TASKS_WRITE);

        assertProblem(time.get(time.auditor, "/api/v1/time/current"), 404);
        assertThat(assertProblem(time.get(tasksOnly, "/api/v1/time/current"), 403).get("detail").asText()).contains("time:read");
        assertProblem(time.get(null, "/api/v1/time/current"), 401);
    }

    @Test
    void aNonAdminNamingAnotherUserIsRefusedWith403NamingTheField() {
        JsonNode started = assertProblem(time.start(time.marcus, "{\"taskId\": %d, \"user\": \"dana\"}".formatted(taskId)), 403);
        JsonNode current = assertProblem(time.get(time.marcus, "/api/v1/time/current?user=dana"), 403);
        JsonNode added = assertProblem(time.post(time.marcus, TimeApi.ENTRIES,
                "{\"taskId\": %d, \"user\": \"dana\", \"start\": \"2026-11-19T09:00:00Z\", \"end\": \"2026-11-19T10:00:00Z\"}".formatted(taskId)), 403);

        assertThat(started.get("detail").asText()).contains("'user'").contains("dana").contains("admin");
        assertThat(current.get("detail").asText()).contains("'user'");
        assertThat(added.get("detail").asText()).contains("'user'");
        assertThat(time.start(time.marcus, "{\"taskId\": %d, \"user\": \"marcus\"}".formatted(taskId)).status()).as("naming oneself").isEqualTo(201);
    }

    @Test
    void anAdminMayRecordAndReadTimeForAnotherUser() {
        ApiReply started = time.start(time.root, "{\"taskId\": %d, \"user\": \"dana\"}".formatted(taskId));

        assertThat(started.status()).isEqualTo(201);
        assertThat(started.json().get("user").asText()).isEqualTo("dana");
        assertThat(time.get(time.dana, "/api/v1/time/current").json().get("id")).isEqualTo(started.json().get("id"));
        assertThat(time.get(time.root, "/api/v1/time/current?user=dana").status()).isEqualTo(200);
        assertProblem(time.get(time.root, "/api/v1/time/current"), 404);
        ApiReply stopped = time.post(time.root, "/api/v1/time/stop", "{\"user\": \"dana\"}");
        assertThat(stopped.status()).isEqualTo(200);
    }

    @Test
    void anotherUsersEntryIsNotFoundForReadsAndWritesButAnAdminSeesIt() {
        long danas = time.addEntry(time.dana, "2026-11-19T09:00:00Z", "2026-11-19T10:00:00Z");
        String path = TimeApi.ENTRIES + "/" + danas;

        JsonNode shown = assertProblem(time.get(time.marcus, path), 404);
        assertThat(shown.get("detail").asText()).as("the same answer as for a missing entry")
                .isEqualTo(assertProblem(time.get(time.marcus, TimeApi.ENTRIES + "/999"), 404).get("detail").asText().replace("999", "" + danas));
        assertProblem(time.call(time.marcus, "PATCH", path).header("If-Match", "*").json("{\"note\": \"mine now\"}").send(), 404);
        assertProblem(time.call(time.marcus, "DELETE", path).header("If-Match", "*").send(), 404);
        assertProblem(time.get(time.marcus, path + "/overlaps"), 404);
        assertProblem(time.post(time.marcus, path + "/split", "{\"at\": \"2026-11-19T09:30:00Z\"}"), 404);
        long marcuss = time.addEntry(time.marcus, "2026-11-19T10:00:00Z", "2026-11-19T11:00:00Z");
        assertProblem(time.post(time.marcus, TimeApi.ENTRIES + "/" + marcuss + "/merge", "{\"with\": %d}".formatted(danas)), 404);

        assertThat(time.get(time.root, path).status()).isEqualTo(200);
        assertThat(time.get(time.dana, path).status()).isEqualTo(200);
    }

    @Test
    void onlyAnAdminMayHandAnEntryToAnotherUser() {
        long id = time.addEntry(time.marcus, "2026-11-19T09:00:00Z", "2026-11-19T10:00:00Z");
        String path = TimeApi.ENTRIES + "/" + id;

        JsonNode refused = assertProblem(time.call(time.marcus, "PATCH", path).header("If-Match", "*").json("{\"user\": \"dana\"}").send(), 403);
        ApiReply handed = time.call(time.root, "PATCH", path).header("If-Match", "*").json("{\"user\": \"dana\"}").send();

        assertThat(refused.get("detail").asText()).contains("'user'");
        assertThat(handed.status()).isEqualTo(200);
        assertThat(handed.json().get("user").asText()).isEqualTo("dana");
        assertProblem(time.get(time.marcus, path), 404);
    }
}
