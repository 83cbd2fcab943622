package dev.opstracker.http.task;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.infra.CreateComponentCommand;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/tasks/{id}/status} to IN_PROGRESS reports overlapping work in progress, or refuses it when strict. */
class StartWorkRoutesTest {

    private final RunningApi api = RunningApi.start();
    private final Component cluster = component(ComponentDetails.of("cluster", "prod-eks").withProvider(Provider.AWS), null);
    private final Component checkout = component(ComponentDetails.of("service", "checkout"), cluster);
    private final Task inProgress = taskOn(cluster);
    private final Task mine = taskOn(checkout);

    StartWorkRoutesTest() {
        api.work().start(inProgress.id(), OptionalLong.empty(), false);
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    private Component component(ComponentDetails details, Component parent) {
        return api.infrastructure().create(new CreateComponentCommand(details, parent == null ? null : parent.id()));
    }

    private Task taskOn(Component component) {
        Task task = api.tasks().create(TaskFixtures.aTask().build());
        api.links().link(task.id(), component.id(), LinkRole.AFFECTED);
        return task;
    }

    private ApiReply start(Task task, String query) {
        return api.post("/api/v1/tasks/" + task.id() + "/status" + query, "{\"status\": \"in-progress\", \"note\": \"on it\"}").send();
    }

    @Test
    void startingWorkAnswersTheTaskWithTheOtherWorkInProgressAboveOrBelowIt() {
        ApiReply reply = start(mine, "");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"2\"");
        JsonNode body = reply.json();
        assertThat(body.get("id").asLong()).isEqualTo(mine.id().value());
        assertThat(body.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(body.get("conflicts")).singleElement().satisfies(conflict -> {
            assertThat(conflict.get("taskId").asLong()).isEqualTo(inProgress.id().value());
            assertThat(conflict.get("path").asText()).isEqualTo("prod-eks");
            assertThat(conflict.get("yourPath").asText()).isEqualTo("prod-eks/checkout");
        });
        assertThat(body.get("conflictsCapped").asBoolean()).isFalse();
    }

    @Test
    void strictModeRefusesWith409NamingTheConflictingTaskAndLeavesTheTaskOpen() {
        JsonNode problem = assertProblem(start(mine, "?strict=true"), 409);

        assertThat(problem.get("reason").asText()).isEqualTo("work-conflict");
        assertThat(problem.get("detail").asText()).contains("task " + inProgress.id() + " on prod-eks");
        assertThat(api.tasks().get(mine.id()).status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void aTokenThatMayNotReadTheInfrastructureStartsWorkWithoutSeeingComponentPaths() {
        String tasksOnly = api.issue(Scope.TASKS_WRITE);

        ApiReply reply = api.post("/api/v1/tasks/" + mine.id() + "/status", "{\"status\": \"in-progress\"}").bearer(tasksOnly).send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(reply.json().has("conflicts")).isFalse();
        assertThat(reply.body()).doesNotContain("prod-eks");
    }

    @Test
    void strictModeNeedsTheInfraReadScopeAndNamesIt() {
        String tasksOnly = api.issue(Scope.TASKS_WRITE);

        ApiReply reply = api.post("/api/v1/tasks/" + mine.id() + "/status?strict=true", "{\"status\": \"in-progress\"}").bearer(tasksOnly).send();

        JsonNode problem = assertProblem(reply, 403);
        assertThat(problem.get("detail").asText()).contains("infra:read").doesNotContain("prod-eks");
        assertThat(api.tasks().get(mine.id()).status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void strictModeWithNothingInTheWayStartsTheWork() {
        Task alone = taskOn(component(ComponentDetails.of("cluster", "batch").withProvider(Provider.AWS), null));

        ApiReply reply = start(alone, "?strict=true");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("conflicts")).isEmpty();
    }

    @Test
    void anOutdatedIfMatchIsRefusedBeforeConflictsAreConsidered() {
        ApiReply reply = api.call("POST", "/api/v1/tasks/" + mine.id() + "/status?strict=true").header("If-Match", "\"7\"")
                .json("{\"status\": \"IN_PROGRESS\"}").send();

        assertThat(assertProblem(reply, 412).get("reason").asText()).isEqualTo("stale-version");
        assertThat(api.tasks().get(mine.id()).status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void otherMovesAnswerTheTaskAloneAndABadStrictFlagIsA400() {
        ApiReply blocked = api.post("/api/v1/tasks/" + mine.id() + "/status?strict=true", "{\"status\": \"BLOCKED\"}").send();

        assertThat(blocked.status()).isEqualTo(200);
        assertThat(blocked.json().has("conflicts")).isFalse();
        JsonNode problem = assertProblem(start(mine, "?strict=yes"), 400);
        assertThat(problem.get("field").asText()).isEqualTo("strict");
        assertThat(problem.get("value").asText()).isEqualTo("yes");
    }
}
