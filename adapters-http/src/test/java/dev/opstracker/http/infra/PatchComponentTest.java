package dev.opstracker.http.infra;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static dev.opstracker.http.infra.InfraFixtures.MERGE_PATCH;
import static dev.opstracker.http.infra.InfraFixtures.component;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.task.Task;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PatchComponentTest {

    private final RunningApi api = RunningApi.start();
    private final InfraFixtures given = new InfraFixtures(api);
    private final Component aws = given.root("provider", "aws", Provider.AWS);
    private final Component region = given.child(aws, "region", "eu-west-1");
    private final Component cluster = given.child(region, "cluster", "prod-eks", Map.of("env", "prod", "team", "platform"));
    private final Component service = given.child(cluster, "service", "checkout");

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void renamingUpdatesThePathsBelow() {
        api.clock().advance(Duration.ofMinutes(5));

        ApiReply reply = patch(cluster, "{\"name\": \"prod-eks-2\"}", "\"1\"");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"2\"");
        assertThat(reply.json().get("path").asText()).isEqualTo("aws/eu-west-1/prod-eks-2");
        assertThat(reply.json().get("updatedAt").asText()).isEqualTo("2026-11-20T08:20:30.123456Z");
        assertThat(api.get(component(service)).send().json().get("path").asText()).isEqualTo("aws/eu-west-1/prod-eks-2/checkout");
    }

    @Test
    void aNewParentMovesTheSubtreeAndKeepsItsLinks() {
        Component other = given.child(aws, "region", "us-east-1");
        Task task = given.task("Checkout latency");
        api.links().link(task.id(), service.id(), LinkRole.AFFECTED);

        ApiReply reply = patch(cluster, "{\"parent\": %d}".formatted(other.id().value()), "\"1\"");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("parent").asLong()).isEqualTo(other.id().value());
        assertThat(reply.json().get("path").asText()).isEqualTo("aws/us-east-1/prod-eks");
        assertThat(api.get(component(service)).send().json().get("path").asText()).isEqualTo("aws/us-east-1/prod-eks/checkout");
        JsonNode tasks = api.get(component(other) + "/tasks?subtree=true").send().json();
        assertThat(tasks.get("items")).extracting(item -> item.get("taskId").asLong()).containsExactly(task.id().value());
    }

    @Test
    void renamingAndMovingTogetherDoesBoth() {
        Component other = given.child(aws, "region", "us-east-1");

        ApiReply reply = patch(cluster, "{\"parent\": %d, \"name\": \"edge-eks\"}".formatted(other.id().value()), "\"1\"");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("path").asText()).isEqualTo("aws/us-east-1/edge-eks");
        assertThat(api.get(component(service)).send().json().get("path").asText()).isEqualTo("aws/us-east-1/edge-eks/checkout");
    }

    @Test
    void aNullParentMakesTheComponentARoot() {
        JsonNode body = patch(cluster, "{\"parent\": null}", "*").json();

        assertThat(body.get("parent").isNull()).isTrue();
        assertThat(body.get("path").asText()).isEqualTo("prod-eks");
        assertThat(body.get("provider").asText()).isEqualTo("aws");
    }

    @Test
    void theSameParentIsNoMove() {
        ApiReply reply = patch(cluster, "{\"parent\": %d}".formatted(region.id().value()), "\"1\"");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void movingUnderItsOwnDescendantIsA400ProblemNamingParent() {
        ApiReply reply = patch(region, "{\"parent\": %d}".formatted(service.id().value()), "\"1\"");

        JsonNode problem = assertProblem(reply, 400);
        assertThat(problem.get("field").asText()).isEqualTo("parent");
        assertThat(problem.get("value").asText()).isEqualTo("aws/eu-west-1/prod-eks/checkout");
        assertThat(assertProblem(patch(region, "{\"parent\": %d}".formatted(region.id().value()), "*"), 400)
                .get("field").asText()).isEqualTo("parent");
        assertThat(api.get(component(service)).send().json().get("path").asText()).isEqualTo("aws/eu-west-1/prod-eks/checkout");
    }

    @Test
    void anUnknownParentIsA404ProblemNamingIt() {
        ApiReply reply = patch(cluster, "{\"parent\": 777}", "\"1\"");

        assertThat(assertProblem(reply, 404).get("detail").asText()).contains("component 777");
    }

    @Test
    void aRenameOntoATakenPathIsA409Problem() {
        given.child(region, "cluster", "staging-eks");

        ApiReply reply = patch(cluster, "{\"name\": \"staging-eks\"}", "\"1\"");

        assertThat(assertProblem(reply, 409).get("reason").asText()).isEqualTo("duplicate-path");
    }

    @Test
    void tagsMergeKeyByKeyAndNullRemovesAKey() {
        JsonNode body = patch(cluster, "{\"tags\": {\"team\": null, \"tier\": \"1\"}}", "\"1\"").json();

        assertThat(body.get("tags").properties()).extracting(entry -> entry.getKey() + "=" + entry.getValue().asText())
                .containsExactly("env=prod", "tier=1");
        JsonNode below = api.get(component(service)).send().json();
        assertThat(below.get("tags").isEmpty()).isTrue();
        assertThat(below.get("effectiveTags").properties()).extracting(entry -> entry.getKey() + "=" + entry.getValue().asText())
                .containsExactly("env=prod", "tier=1");
    }

    @Test
    void nullTagsRemovesEveryTag() {
        JsonNode body = patch(cluster, "{\"tags\": null}", "\"1\"").json();

        assertThat(body.get("tags").isEmpty()).isTrue();
        assertThat(body.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void kindProviderAndExternalIdAreEditableAndExternalIdClearable() {
        JsonNode edited = patch(cluster, "{\"kind\": \"Namespace\", \"provider\": \"gcp\", \"externalId\": \"gke-1\"}", "\"1\"").json();
        assertThat(edited.get("kind").asText()).isEqualTo("namespace");
        assertThat(edited.get("provider").asText()).isEqualTo("gcp");
        assertThat(edited.get("externalId").asText()).isEqualTo("gke-1");

        JsonNode cleared = patch(cluster, "{\"externalId\": null}", "\"2\"").json();
        assertThat(cleared.get("externalId").isNull()).isTrue();
    }

    @Test
    void aPatchWithoutIfMatchIsA428AndAStaleOneA412() {
        ApiReply missing = api.call("PATCH", component(cluster)).body(MERGE_PATCH, "{\"name\": \"x\"}").send();
        assertThat(assertProblem(missing, 428).get("detail").asText()).contains("If-Match");

        assertThat(assertProblem(patch(cluster, "{\"name\": \"x\"}", "\"3\""), 412).get("reason").asText()).isEqualTo("stale-version");
        assertThat(api.get(component(cluster)).send().json().get("name").asText()).isEqualTo("prod-eks");
    }

    @Test
    void ifMatchAnyAppliesToTheCurrentVersion() {
        patch(cluster, "{\"name\": \"prod-eks-2\"}", "\"1\"");

        ApiReply reply = patch(cluster, "{\"name\": \"prod-eks-3\"}", "*");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"3\"");
    }

    @Test
    void readOnlyAndUnknownFieldsAre400ProblemsNamingTheField() {
        assertThat(assertProblem(patch(cluster, "{\"path\": \"a/b\"}", "*"), 400).get("field").asText()).isEqualTo("path");
        assertThat(assertProblem(patch(cluster, "{\"version\": 9}", "*"), 400).get("field").asText()).isEqualTo("version");
        assertThat(assertProblem(patch(cluster, "{\"colour\": \"red\"}", "*"), 400).get("field").asText()).isEqualTo("colour");
        assertThat(assertProblem(patch(cluster, "{\"name\": null}", "*"), 400).get("field").asText()).isEqualTo("name");
        assertThat(assertProblem(patch(cluster, "{\"provider\": null}", "*"), 400).get("field").asText()).isEqualTo("provider");
        assertThat(assertProblem(patch(cluster, "{\"parent\": \"aws\"}", "*"), 400).get("field").asText()).isEqualTo("parent");
        assertThat(assertProblem(patch(cluster, "{\"tags\": {\"env\": 5}}", "*"), 400).get("field").asText()).isEqualTo("tags.env");
        assertThat(assertProblem(patch(cluster, "{\"tags\": [\"env\"]}", "*"), 400).get("field").asText()).isEqualTo("tags");
    }

    @Test
    void aRefusedPatchChangesNothingEvenWhenItAlsoMoves() {
        Component other = given.child(aws, "region", "us-east-1");

        ApiReply reply = patch(cluster, "{\"parent\": %d, \"colour\": \"red\"}".formatted(other.id().value()), "\"1\"");

        assertProblem(reply, 400);
        assertThat(api.get(component(cluster)).send().json().get("path").asText()).isEqualTo("aws/eu-west-1/prod-eks");
    }

    private ApiReply patch(Component target, String json, String ifMatch) {
        return api.call("PATCH", component(target)).header("If-Match", ifMatch).body(MERGE_PATCH, json).send();
    }
}
