package dev.opstracker.http.infra;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static dev.opstracker.http.infra.InfraFixtures.COMPONENTS;
import static dev.opstracker.http.infra.InfraFixtures.component;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.task.Task;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ComponentRoutesTest {

    private final RunningApi api = RunningApi.start();
    private final InfraFixtures given = new InfraFixtures(api);

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void creatingARootComponentAnswers201WithLocationETagAndTheComponent() {
        ApiReply reply = api.post(COMPONENTS, """
                {"name": "aws", "kind": "provider", "parent": null, "provider": "aws",
                 "externalId": "123456789012", "tags": {"owner": "platform"}}""").send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        JsonNode body = reply.json();
        long id = body.get("id").asLong();
        assertThat(reply.header("Location")).isEqualTo(COMPONENTS + "/" + id);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        assertThat(body.get("name").asText()).isEqualTo("aws");
        assertThat(body.get("kind").asText()).isEqualTo("provider");
        assertThat(body.get("parent").isNull()).isTrue();
        assertThat(body.get("path").asText()).isEqualTo("aws");
        assertThat(body.get("provider").asText()).isEqualTo("aws");
        assertThat(body.get("externalId").asText()).isEqualTo("123456789012");
        assertThat(body.get("tags").get("owner").asText()).isEqualTo("platform");
        assertThat(body.get("effectiveTags").get("owner").asText()).isEqualTo("platform");
        assertThat(body.get("createdAt").asText()).isEqualTo("2026-11-20T08:15:30.123456Z");
        assertThat(body.get("updatedAt").asText()).isEqualTo("2026-11-20T08:15:30.123456Z");
        assertThat(body.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aChildGetsItsPathFromItsParentInheritsTheProviderAndShowsInheritedTags() {
        Component aws = given.root("provider", "aws", Provider.AWS);
        Component region = given.child(aws, "region", "eu-west-1", Map.of("env", "prod", "team", "platform"));

        ApiReply reply = api.post(COMPONENTS, """
                {"name": "prod-eks", "kind": "cluster", "parent": %d, "tags": {"team": "payments"}}"""
                .formatted(region.id().value())).send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(body.get("parent").asLong()).isEqualTo(region.id().value());
        assertThat(body.get("path").asText()).isEqualTo("aws/eu-west-1/prod-eks");
        assertThat(body.get("provider").asText()).isEqualTo("aws");
        assertThat(body.get("externalId").isNull()).isTrue();
        assertThat(body.get("tags").properties()).hasSize(1);
        assertThat(body.get("effectiveTags").properties()).extracting(entry -> entry.getKey() + "=" + entry.getValue().asText())
                .containsExactly("env=prod", "team=payments");
    }

    @Test
    void gettingAComponentShowsItWithItsETag() {
        Component aws = given.root("provider", "aws", Provider.AWS);
        Component region = given.child(aws, "region", "eu-west-1");

        ApiReply reply = api.get(component(region)).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        assertThat(reply.json().get("path").asText()).isEqualTo("aws/eu-west-1");
        assertThat(reply.json().get("kind").asText()).isEqualTo("region");
    }

    @Test
    void anUnknownComponentIsA404ProblemAndABadIdA400NamingIt() {
        assertProblem(api.get(COMPONENTS + "/999").send(), 404);

        JsonNode problem = assertProblem(api.get(COMPONENTS + "/abc").send(), 400);
        assertThat(problem.get("field").asText()).isEqualTo("id");
        assertThat(problem.get("value").asText()).isEqualTo("abc");
    }

    @Test
    void anUnknownParentIsA404ProblemNamingIt() {
        ApiReply reply = api.post(COMPONENTS, "{\"name\": \"eu-west-1\", \"kind\": \"region\", \"parent\": 4242}").send();

        assertThat(assertProblem(reply, 404).get("detail").asText()).contains("component 4242");
    }

    @Test
    void aTakenPathIsA409Problem() {
        Component aws = given.root("provider", "aws", Provider.AWS);
        given.child(aws, "region", "eu-west-1");

        ApiReply reply = api.post(COMPONENTS, "{\"name\": \"eu-west-1\", \"kind\": \"region\", \"parent\": %d}"
                .formatted(aws.id().value())).send();

        JsonNode problem = assertProblem(reply, 409);
        assertThat(problem.get("reason").asText()).isEqualTo("duplicate-path");
        assertThat(problem.get("detail").asText()).contains("aws/eu-west-1");
    }

    @Test
    void invalidFieldsAre400ProblemsNamingTheField() {
        assertThat(assertProblem(api.post(COMPONENTS, "{\"name\": \"aws\", \"provider\": \"aws\"}").send(), 400)
                .get("field").asText()).isEqualTo("kind");
        assertThat(assertProblem(api.post(COMPONENTS, "{\"name\": \"a/b\", \"kind\": \"provider\", \"provider\": \"aws\"}").send(), 400)
                .get("field").asText()).isEqualTo("name");
        assertThat(assertProblem(api.post(COMPONENTS, "{\"name\": \"aws\", \"kind\": \"provider\", \"provider\": \"moon\"}").send(), 400)
                .get("field").asText()).isEqualTo("provider");
        assertThat(assertProblem(api.post(COMPONENTS, "{\"name\": \"aws\", \"kind\": \"provider\"}").send(), 400)
                .get("field").asText()).as("a root needs a provider").isEqualTo("provider");
        assertThat(assertProblem(api.post(COMPONENTS, "{\"name\": \"aws\", \"kind\": \"provider\", \"parent\": 0}").send(), 400)
                .get("field").asText()).isEqualTo("parent");
        assertThat(assertProblem(api.post(COMPONENTS, "{\"name\": \"aws\", \"kind\": \"provider\", \"provider\": \"aws\", "
                + "\"colour\": \"red\"}").send(), 400).get("field").asText()).isEqualTo("colour");
        assertThat(assertProblem(api.post(COMPONENTS, "{\"name\": \"aws\", \"kind\": \"provider\", \"provider\": \"aws\", "
                + "\"tags\": {\"1x\": \"y\"}}").send(), 400).get("field").asText()).isEqualTo("tags");
    }

    @Test
    void searchingWithAFilterFindsMatchesByInheritedTagsAndPages() {
        Component aws = given.root("provider", "aws", Provider.AWS);
        Component prod = given.child(aws, "cluster", "prod-eks", Map.of("env", "prod"));
        Component staging = given.child(aws, "cluster", "staging-eks", Map.of("env", "staging"));
        Component checkout = given.child(prod, "service", "checkout");
        Component payments = given.child(prod, "service", "payments");
        given.child(staging, "service", "checkout");

        ApiReply reply = api.get(COMPONENTS + "?q=" + encoded("kind:service env=prod") + "&limit=1").send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode page = reply.json();
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("totalExact").asBoolean()).isTrue();
        assertThat(page.get("items")).extracting(item -> item.get("path").asText()).containsExactly("aws/prod-eks/checkout");
        assertThat(page.get("items").get(0).has("effectiveTags")).as("lists leave effective tags out").isFalse();
        JsonNode next = api.get(COMPONENTS + "?q=" + encoded("kind:service env=prod") + "&limit=1&cursor=" + page.get("next").asText())
                .send().json();
        assertThat(next.get("items")).extracting(item -> item.get("id").asLong()).containsExactly(payments.id().value());
        assertThat(next.get("next").isNull()).isTrue();
        assertThat(checkout.id().value()).isLessThan(payments.id().value());
    }

    @Test
    void aSearchWithTotalFalseSparesTheCountAndSaysItsTotalIsALowerBound() {
        Component aws = given.root("provider", "aws", Provider.AWS);
        given.child(aws, "region", "eu-west-1");
        given.child(aws, "region", "us-east-1");

        JsonNode page = api.get(COMPONENTS + "?q=" + encoded("under:aws") + "&limit=1&total=false").send().json();

        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("totalExact").asBoolean()).isFalse();
        assertProblem(api.get(COMPONENTS + "?total=maybe").send(), 400);
    }

    @Test
    void noFilterListsEveryComponent() {
        Component aws = given.root("provider", "aws", Provider.AWS);
        given.child(aws, "region", "eu-west-1");

        JsonNode page = api.get(COMPONENTS).send().json();

        assertThat(page.get("items")).extracting(item -> item.get("path").asText()).containsExactly("aws", "aws/eu-west-1");
        assertThat(page.get("total").asLong()).isEqualTo(2);
    }

    @Test
    void aBadFilterIsA400ProblemNamingQAndTheColumn() {
        ApiReply reply = api.get(COMPONENTS + "?q=" + encoded("kind:service (env=prod")).send();

        JsonNode problem = assertProblem(reply, 400);
        assertThat(problem.get("field").asText()).isEqualTo("q");
        assertThat(problem.get("value").asText()).isEqualTo("kind:service (env=prod");
        assertThat(problem.get("detail").asText()).contains("column 23").contains("')'");
    }

    @Test
    void aComponentIsFoundByItsPath() {
        Component aws = given.root("provider", "aws", Provider.AWS);
        Component region = given.child(aws, "region", "eu-west-1");

        JsonNode page = api.get(COMPONENTS + "?path=aws/eu-west-1").send().json();

        assertThat(page.get("items")).extracting(item -> item.get("id").asLong()).containsExactly(region.id().value());
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("next").isNull()).isTrue();
    }

    @Test
    void aPathWithNothingThereIsA404ProblemAndPathWithQA400() {
        given.root("provider", "aws", Provider.AWS);

        assertThat(assertProblem(api.get(COMPONENTS + "?path=aws/us-east-1").send(), 404).get("detail").asText())
                .contains("aws/us-east-1");
        assertThat(assertProblem(api.get(COMPONENTS + "?path=aws&q=kind:provider").send(), 400).get("field").asText())
                .isEqualTo("path");
        assertThat(assertProblem(api.get(COMPONENTS + "?kind=service").send(), 400).get("field").asText()).isEqualTo("kind");
    }

    @Test
    void deletingALeafAnswers204AndTheComponentIsGone() {
        Component aws = given.root("provider", "aws", Provider.AWS);
        Component region = given.child(aws, "region", "eu-west-1");

        ApiReply reply = api.call("DELETE", component(region)).send();

        assertThat(reply.status()).isEqualTo(204);
        assertProblem(api.get(component(region)).send(), 404);
    }

    @Test
    void deletingAComponentWithChildrenIsA409ProblemEvenForced() {
        Component aws = given.root("provider", "aws", Provider.AWS);
        given.child(aws, "region", "eu-west-1");

        ApiReply reply = api.call("DELETE", component(aws) + "?force=true").send();

        assertThat(assertProblem(reply, 409).get("reason").asText()).isEqualTo("has-children");
        assertThat(api.get(component(aws)).send().status()).isEqualTo(200);
    }

    @Test
    void deletingWithAStaleIfMatchIsA412ProblemAndABadForceA400() {
        Component aws = given.root("provider", "aws", Provider.AWS);

        assertThat(assertProblem(api.call("DELETE", component(aws)).header("If-Match", "\"4\"").send(), 412)
                .get("reason").asText()).isEqualTo("stale-version");
        assertThat(assertProblem(api.call("DELETE", component(aws) + "?force=yes").send(), 400).get("field").asText())
                .isEqualTo("force");
        assertThat(api.call("DELETE", component(aws)).header("If-Match", "\"1\"").send().status()).isEqualTo(204);
    }

    @Test
    void deletingWithOpenTasksIsRefusedUntilForcedThenTheTaskShowsATombstone() {
        Component aws = given.root("provider", "aws", Provider.AWS);
        Component node = given.child(aws, "node", "i-0abc");
        Task task = given.task("Disk full on i-0abc");
        api.links().link(task.id(), node.id(), LinkRole.AFFECTED);

        JsonNode refused = assertProblem(api.call("DELETE", component(node)).send(), 409);
        assertThat(refused.get("reason").asText()).isEqualTo("open-tasks");
        assertThat(refused.get("detail").asText()).contains("task " + task.id());

        assertThat(api.call("DELETE", component(node) + "?force=true").send().status()).isEqualTo(204);
        JsonNode links = api.get(InfraFixtures.componentsOf(task)).send().json().get("items");
        assertThat(links).hasSize(1);
        assertThat(links.get(0).get("componentId").isNull()).isTrue();
        assertThat(links.get(0).get("tombstone").asBoolean()).isTrue();
        assertThat(links.get(0).get("path").asText()).isEqualTo("aws/i-0abc");
        assertThat(links.get(0).get("role").asText()).isEqualTo("affected");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
