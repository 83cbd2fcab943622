package dev.opstracker.http.infra;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static dev.opstracker.http.infra.InfraFixtures.COMPONENTS;
import static dev.opstracker.http.infra.InfraFixtures.MERGE_PATCH;
import static dev.opstracker.http.infra.InfraFixtures.component;
import static dev.opstracker.http.infra.InfraFixtures.componentsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.task.Task;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Components need the infra scopes; links of a task need the task scopes. */
class InfraScopesTest {

    private static final String NEW_COMPONENT = "{\"name\": \"gcp\", \"kind\": \"provider\", \"provider\": \"gcp\"}";

    private final RunningApi api = RunningApi.start();
    private final InfraFixtures given = new InfraFixtures(api);
    private final Component aws = given.root("provider", "aws", Provider.AWS);
    private final Task task = given.task("Patch the kernel");

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void aTasksOnlyTokenGets403OnEveryComponentRoute() {
        String tasksOnly = api.issue(Scope.TASKS_WRITE);

        ApiReply list = api.get(COMPONENTS).bearer(tasksOnly).send();
        assertThat(assertProblem(list, 403).get("detail").asText()).contains("infra:read");
        assertThat(list.header("WWW-Authenticate")).contains("insufficient_scope", "infra:read");
        assertProblem(api.get(component(aws)).bearer(tasksOnly).send(), 403);
        assertProblem(api.get(component(aws) + "/tasks").bearer(tasksOnly).send(), 403);
        assertThat(assertProblem(api.post(COMPONENTS, NEW_COMPONENT).bearer(tasksOnly).send(), 403).get("detail").asText())
                .contains("infra:write");
        assertProblem(api.call("PATCH", component(aws)).bearer(tasksOnly).header("If-Match", "*").body(MERGE_PATCH, "{}").send(), 403);
        assertProblem(api.call("DELETE", component(aws)).bearer(tasksOnly).send(), 403);
    }

    @Test
    void anInfraReadTokenMayReadButNotWrite() {
        String reader = api.issue(Scope.INFRA_READ);

        assertThat(api.get(COMPONENTS).bearer(reader).send().status()).isEqualTo(200);
        assertThat(api.get(component(aws)).bearer(reader).send().status()).isEqualTo(200);
        assertThat(api.get(component(aws) + "/tasks").bearer(reader).send().status()).isEqualTo(200);
        assertThat(assertProblem(api.post(COMPONENTS, NEW_COMPONENT).bearer(reader).send(), 403).get("detail").asText())
                .contains("infra:write");
        assertProblem(api.call("DELETE", component(aws)).bearer(reader).send(), 403);
    }

    @Test
    void anInfraWriteTokenMayReadAndWriteComponentsButNotTasks() {
        String writer = api.issue(Scope.INFRA_WRITE);

        assertThat(api.post(COMPONENTS, NEW_COMPONENT).bearer(writer).send().status()).isEqualTo(201);
        assertThat(api.get(COMPONENTS).bearer(writer).send().status()).isEqualTo(200);
        assertThat(assertProblem(api.get(componentsOf(task)).bearer(writer).send(), 403).get("detail").asText()).contains("tasks:read");
        assertThat(assertProblem(link(writer), 403).get("detail").asText()).contains("tasks:write");
    }

    @Test
    void linkingNeedsTasksWriteAndListingATasksComponentsTasksRead() {
        String reader = api.issue(Scope.TASKS_READ);
        String writer = api.issue(Scope.TASKS_WRITE);

        assertThat(api.get(componentsOf(task)).bearer(reader).send().status()).isEqualTo(200);
        assertThat(assertProblem(link(reader), 403).get("detail").asText()).contains("tasks:write");
        assertThat(link(writer).status()).isEqualTo(201);
        assertProblem(api.call("DELETE", componentsOf(task) + "/" + aws.id() + "?role=affected").bearer(reader).send(), 403);
        assertThat(api.call("DELETE", componentsOf(task) + "/" + aws.id() + "?role=affected").bearer(writer).send().status())
                .isEqualTo(204);
    }

    @Test
    void componentRoutesNeedAToken() {
        assertProblem(api.get(COMPONENTS).bearer(null).send(), 401);
        assertProblem(api.get(component(aws) + "/tasks").bearer(null).send(), 401);
        assertProblem(api.get(componentsOf(task)).bearer(null).send(), 401);
    }

    private ApiReply link(String token) {
        return api.post(componentsOf(task), "{\"componentId\": %d, \"role\": \"affected\"}".formatted(aws.id().value()))
                .bearer(token).send();
    }
}
