package dev.opstracker.http.infra;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/components:open-task-counts} and {@code GET /api/v1/components:most-worked-on}. */
class WorkOverviewRoutesTest {

    private static final String COUNTS = "/api/v1/components:open-task-counts";
    private static final String MOST = "/api/v1/components:most-worked-on";

    private final RunningApi api = RunningApi.start();
    private final InfraFixtures given = new InfraFixtures(api);
    private final Component aws = given.root("provider", "aws", Provider.AWS);
    private final Component cluster = given.child(aws, "cluster", "prod-eks", Map.of("env", "prod"));
    private final Component checkout = given.child(cluster, "service", "checkout");
    private final Component search = given.child(cluster, "service", "search");

    @AfterEach
    void stopApi() {
        api.close();
    }

    private Task taskOn(Component... components) {
        Task task = given.task("work");
        for (Component component : components) {
            api.links().link(task.id(), component.id(), LinkRole.AFFECTED);
        }
        return task;
    }

    private static String lines(JsonNode body) {
        StringBuilder lines = new StringBuilder();
        body.get("items").forEach(item -> lines.append(item.get("componentId").asLong()).append(' ')
                .append(item.get("path").asText()).append(' ').append(item.get("count").asLong()).append('\n'));
        return lines.toString();
    }

    @Test
    void openTaskCountsListTheChosenComponentsMostFirst() {
        taskOn(search);
        taskOn(search, checkout);
        Task done = taskOn(checkout);
        api.tasks().changeStatus(new ChangeTaskStatusCommand(done.id(), TaskStatus.DONE, null));

        ApiReply reply = api.get(COUNTS + "?q=kind:service%20env=prod").send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(lines(reply.json())).isEqualTo(search.id() + " aws/prod-eks/search 2\n" + checkout.id() + " aws/prod-eks/checkout 1\n");
        assertThat(lines(api.get(COUNTS + "?q=kind:cluster&subtree=true").send().json())).isEqualTo(cluster.id() + " aws/prod-eks 2\n");
        assertThat(api.get(COUNTS + "?limit=1").send().json().get("items")).hasSize(1);
    }

    @Test
    void theComponentsMostWorkedOnInARangeAreRanked() {
        taskOn(checkout);
        api.clock().advance(Duration.ofDays(1));
        taskOn(search);

        ApiReply reply = api.get(MOST + "?from=2026-11-21T00:00:00Z&to=2026-11-22T00:00:00Z&q=kind:service").send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(lines(reply.json())).isEqualTo(checkout.id() + " aws/prod-eks/checkout 1\n" + search.id() + " aws/prod-eks/search 1\n");
        assertThat(lines(api.get(MOST + "?from=2026-11-19T00:00:00Z&to=2026-11-20T00:00:00Z").send().json())).isEmpty();
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsA400NamingTo() {
        JsonNode problem = assertProblem(api.get(MOST + "?from=2026-11-21T00:00:00Z&to=2026-11-20T00:00:00Z").send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("to");
        assertThat(problem.get("value").asText()).isEqualTo("2026-11-20T00:00:00Z");
    }

    @Test
    void missingOrMalformedInstantsAreA400NamingTheField() {
        assertThat(assertProblem(api.get(MOST + "?to=2026-11-20T00:00:00Z").send(), 400).get("field").asText()).isEqualTo("from");
        JsonNode problem = assertProblem(api.get(MOST + "?from=yesterday&to=2026-11-20T00:00:00Z").send(), 400);
        assertThat(problem.get("field").asText()).isEqualTo("from");
        assertThat(problem.get("value").asText()).isEqualTo("yesterday");
    }

    @Test
    void limitsBeyondTheirBoundsCursorsAndBadFiltersAreA400() {
        String range = "?from=2026-11-20T00:00:00Z&to=2026-11-21T00:00:00Z";
        assertThat(assertProblem(api.get(MOST + range + "&limit=101").send(), 400).get("detail").asText()).contains("between 1 and 100");
        assertThat(assertProblem(api.get(COUNTS + "?limit=501").send(), 400).get("field").asText()).isEqualTo("limit");
        assertThat(assertProblem(api.get(COUNTS + "?limit=lots").send(), 400).get("detail").asText()).contains("1 to 500");
        assertThat(assertProblem(api.get(COUNTS + "?cursor=5").send(), 400).get("field").asText()).isEqualTo("cursor");
        assertThat(assertProblem(api.get(COUNTS + "?q=kind:").send(), 400).get("field").asText()).isEqualTo("q");
    }

    @Test
    void readingTheOverviewNeedsTheInfrastructureReadScope() {
        String tasksOnly = api.issue(Scope.TASKS_READ);

        assertProblem(api.get(COUNTS).bearer(tasksOnly).send(), 403);
        assertThat(api.get(COUNTS).bearer(api.issue(Scope.INFRA_READ)).send().status()).isEqualTo(200);
    }
}
