package dev.opstracker.http.infra;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static dev.opstracker.http.infra.InfraFixtures.component;
import static dev.opstracker.http.infra.InfraFixtures.componentsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskLinkRoutesTest {

    private final RunningApi api = RunningApi.start();
    private final InfraFixtures given = new InfraFixtures(api);
    private final Component aws = given.root("provider", "aws", Provider.AWS);
    private final Component cluster = given.child(aws, "cluster", "prod-eks");
    private final Component service = given.child(cluster, "service", "checkout");
    private final Task task = given.task("Checkout returns 502");

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void linkingATaskToAComponentAnswers201WithTheLink() {
        ApiReply reply = link(task, service, "affected");

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(body.get("taskId").asLong()).isEqualTo(task.id().value());
        assertThat(body.get("componentId").asLong()).isEqualTo(service.id().value());
        assertThat(body.get("path").asText()).isEqualTo("aws/prod-eks/checkout");
        assertThat(body.get("role").asText()).isEqualTo("affected");
        assertThat(body.get("linkedAt").asText()).isEqualTo("2026-11-20T08:15:30.123456Z");
        assertThat(body.get("tombstone").asBoolean()).isFalse();
    }

    @Test
    void linkingAgainInTheSameRoleAnswers200WithTheFirstLink() {
        link(task, service, "cause");
        api.clock().advance(Duration.ofMinutes(1));

        ApiReply again = link(task, service, "CAUSE");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("linkedAt").asText()).isEqualTo("2026-11-20T08:15:30.123456Z");
        assertThat(api.get(componentsOf(task)).send().json().get("items")).hasSize(1);
    }

    @Test
    void aTaskListsItsComponentsAndAComponentItsTasks() {
        Task other = given.task("Roll out checkout 2.4");
        link(task, service, "affected");
        link(task, cluster, "cause");
        link(other, service, "changed");

        JsonNode ofTask = api.get(componentsOf(task)).send().json();
        assertThat(ofTask.get("items")).extracting(item -> item.get("path").asText() + " " + item.get("role").asText())
                .containsExactly("aws/prod-eks/checkout affected", "aws/prod-eks cause");

        JsonNode ofService = api.get(component(service) + "/tasks").send().json();
        assertThat(ofService.get("items")).extracting(item -> item.get("taskId").asLong())
                .containsExactly(task.id().value(), other.id().value());
        assertThat(ofService.get("total").asLong()).isEqualTo(2);
        assertThat(ofService.get("next").isNull()).isTrue();
    }

    @Test
    void theSubtreeOfAComponentIncludesTasksLinkedBelowIt() {
        link(task, service, "affected");

        assertThat(api.get(component(cluster) + "/tasks").send().json().get("items")).isEmpty();
        JsonNode subtree = api.get(component(aws) + "/tasks?subtree=true").send().json();
        assertThat(subtree.get("items")).extracting(item -> item.get("componentId").asLong()).containsExactly(service.id().value());
    }

    @Test
    void tasksOfAComponentArePaged() {
        Task second = given.task("Second");
        link(task, service, "affected");
        link(second, service, "affected");

        JsonNode first = api.get(component(service) + "/tasks?limit=1").send().json();
        JsonNode next = api.get(component(service) + "/tasks?limit=1&cursor=" + first.get("next").asText()).send().json();

        assertThat(first.get("items")).extracting(item -> item.get("taskId").asLong()).containsExactly(task.id().value());
        assertThat(next.get("items")).extracting(item -> item.get("taskId").asLong()).containsExactly(second.id().value());
        assertThat(next.get("next").isNull()).isTrue();
    }

    @Test
    void unlinkingAnswers204AndAMissingLinkIsA404Problem() {
        link(task, service, "affected");
        link(task, service, "changed");
        String linkPath = componentsOf(task) + "/" + service.id();

        assertThat(api.call("DELETE", linkPath + "?role=affected").send().status()).isEqualTo(204);

        assertThat(api.get(componentsOf(task)).send().json().get("items")).extracting(item -> item.get("role").asText())
                .containsExactly("changed");
        assertThat(assertProblem(api.call("DELETE", linkPath + "?role=affected").send(), 404).get("detail").asText())
                .contains("task " + task.id(), "component " + service.id(), "affected");
        assertThat(assertProblem(api.call("DELETE", linkPath).send(), 400).get("field").asText()).isEqualTo("role");
    }

    @Test
    void linkingToAMissingComponentOrTaskIsA404ProblemNamingIt() {
        assertThat(assertProblem(api.post(componentsOf(task), "{\"componentId\": 999, \"role\": \"affected\"}").send(), 404)
                .get("detail").asText()).contains("component 999");
        assertThat(assertProblem(api.post("/api/v1/tasks/888/components",
                "{\"componentId\": %d, \"role\": \"affected\"}".formatted(service.id().value())).send(), 404)
                .get("detail").asText()).contains("task 888");
        assertThat(assertProblem(api.get("/api/v1/tasks/888/components").send(), 404).get("detail").asText()).contains("task 888");
        assertProblem(api.get("/api/v1/components/999/tasks").send(), 404);
    }

    @Test
    void aBadLinkRequestIsA400ProblemNamingTheField() {
        assertThat(assertProblem(link(task, service, "broke"), 400).get("field").asText()).isEqualTo("role");
        assertThat(assertProblem(api.post(componentsOf(task), "{\"role\": \"affected\"}").send(), 400).get("field").asText())
                .isEqualTo("componentId");
        assertThat(assertProblem(api.post(componentsOf(task), "{\"componentId\": \"x\", \"role\": \"affected\"}").send(), 400)
                .get("field").asText()).isEqualTo("componentId");
        assertThat(assertProblem(api.get(component(service) + "/tasks?subtree=maybe").send(), 400).get("field").asText())
                .isEqualTo("subtree");
    }

    @Test
    void aDeletedComponentStaysOnTheTaskAsATombstoneAndLeavesOtherLists() {
        api.links().link(task.id(), service.id(), LinkRole.CHANGED);
        api.tasks().changeStatus(new ChangeTaskStatusCommand(task.id(), TaskStatus.DONE, null, OptionalLong.empty()));

        assertThat(api.call("DELETE", component(service)).send().status()).as("a closed task does not hold the delete").isEqualTo(204);

        JsonNode link = api.get(componentsOf(task)).send().json().get("items").get(0);
        assertThat(link.get("tombstone").asBoolean()).isTrue();
        assertThat(link.get("componentId").isNull()).isTrue();
        assertThat(link.get("path").asText()).isEqualTo("aws/prod-eks/checkout");
        assertThat(api.get(component(cluster) + "/tasks?subtree=true").send().json().get("items")).isEmpty();
    }

    private ApiReply link(Task from, Component to, String role) {
        return api.post(componentsOf(from), "{\"componentId\": %d, \"role\": \"%s\"}".formatted(to.id().value(), role)).send();
    }

    @Test
    void theComponentsOfATaskComeAPageAtATime() {
        link(task, service, "affected");
        link(task, cluster, "cause");

        JsonNode first = api.get(componentsOf(task) + "?limit=1").send().json();
        JsonNode rest = api.get(componentsOf(task) + "?limit=1&cursor=" + first.get("next").asText()).send().json();

        assertThat(first.get("items")).extracting(item -> item.get("path").asText()).containsExactly("aws/prod-eks/checkout");
        assertThat(rest.get("items")).extracting(item -> item.get("path").asText()).containsExactly("aws/prod-eks");
        assertThat(rest.get("next").isNull()).isTrue();
        assertThat(assertProblem(api.get(componentsOf(task) + "?cursor=x").send(), 400).get("field").asText()).isEqualTo("cursor");
    }
}
