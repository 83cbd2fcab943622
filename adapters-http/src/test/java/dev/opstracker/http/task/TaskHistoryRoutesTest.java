package dev.opstracker.http.task;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskHistoryRoutesTest {

    private final RunningApi api = RunningApi.start();
    private final Task task = api.tasks().create(TaskFixtures.aTask().build());

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void theHistoryIsPagedByLimitAndCursorWithTheTotal() {
        moveThrough(TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED, TaskStatus.IN_PROGRESS);

        JsonNode first = history("?limit=2").json();
        JsonNode second = history("?limit=2&cursor=" + first.get("next").asText()).json();
        JsonNode last = history("?limit=2&cursor=" + second.get("next").asText()).json();

        assertThat(targets(first)).containsExactly("IN_PROGRESS", "BLOCKED");
        assertThat(targets(second)).containsExactly("IN_PROGRESS", "BLOCKED");
        assertThat(targets(last)).containsExactly("IN_PROGRESS");
        assertThat(last.get("next").isNull()).isTrue();
        assertThat(List.of(first, second, last)).allSatisfy(page -> assertThat(page.get("total").asLong()).isEqualTo(5));
    }

    @Test
    void withoutALimitUpTo50EventsComeOnOnePage() {
        for (int i = 0; i < 26; i++) {
            moveThrough(TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED);
        }

        JsonNode page = history("").json();

        assertThat(page.get("items")).hasSize(50);
        assertThat(page.get("total").asLong()).isEqualTo(52);
        assertThat(page.get("next").isNull()).isFalse();
    }

    @Test
    void theHistoryOfATaskWithoutChangesIsAnEmptyPage() {
        JsonNode page = history("").json();

        assertThat(page.get("items")).isEmpty();
        assertThat(page.get("next").isNull()).isTrue();
        assertThat(page.get("total").asLong()).isZero();
    }

    @Test
    void aLimitAbove500IsA400ProblemNamingTheLimit() {
        JsonNode problem = assertProblem(history("?limit=501"), 400);

        assertThat(problem.get("field").asText()).isEqualTo("limit");
        assertThat(problem.get("value").asText()).isEqualTo("501");
    }

    @Test
    void aCursorThatNoPageGaveIsA400ProblemNamingTheCursor() {
        assertThat(assertProblem(history("?cursor=abc"), 400).get("field").asText()).isEqualTo("cursor");
    }

    @Test
    void anUnknownQueryParameterIsNamedButItsValueNeverEchoed() {
        String secret = "opt_aGlzdG9yeS1zZWNyZXQtaGlzdG9yeS1zZWNyZXQ";

        ApiReply reply = history("?access_token=" + secret);

        JsonNode problem = assertProblem(reply, 400);
        assertThat(problem.get("field").asText()).isEqualTo("access_token");
        assertThat(problem.get("detail").asText()).contains("cursor, limit");
        assertThat(reply.body()).doesNotContain(secret);
    }

    @Test
    void taskFiltersAreUnknownToTheHistory() {
        assertThat(assertProblem(history("?status=DONE"), 400).get("field").asText()).isEqualTo("status");
    }

    @Test
    void aPagedHistoryOfAnUnknownTaskIsA404Problem() {
        assertProblem(api.get("/api/v1/tasks/999/history?limit=2").send(), 404);
    }

    private void moveThrough(TaskStatus... statuses) {
        for (TaskStatus status : statuses) {
            api.tasks().changeStatus(new ChangeTaskStatusCommand(task.id(), status, null));
        }
    }

    private ApiReply history(String query) {
        return api.get("/api/v1/tasks/" + task.id() + "/history" + query).send();
    }

    private static List<String> targets(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(item -> item.get("to").asText()).toList();
    }
}
