package dev.opstracker.http.infra;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/components:bulk} from JSON and from the inventory CSV. */
class ComponentBulkRoutesTest {

    private static final String BULK = "/api/v1/components:bulk";
    private static final String CSV = "text/csv";
    private static final String TREE = """
            {"components": [
              {"path": "aws", "kind": "provider", "provider": "aws", "externalId": "123456789012", "tags": {"owner": "platform"}},
              {"path": "aws/eu-west-1", "kind": "region", "provider": null, "externalId": null, "tags": {"env": "prod"}},
              {"path": "aws/eu-west-1/prod-eks", "kind": "cluster", "tags": {"team": "payments", "pci": ""}},
              {"path": "aws/eu-west-1/prod-eks/checkout", "kind": "service", "externalId": "arn:aws:ecs:eu-west-1:1:service/checkout"}
            ]}""";

    private final RunningApi api = RunningApi.start();

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void aJsonBulkCreatesATreeInOrder() {
        ApiReply reply = api.post(BULK, TREE).send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertCounts(reply.json(), 4, 0, 0, 0);
        assertThat(reply.json().get("failures")).isEmpty();
        Component checkout = component("aws/eu-west-1/prod-eks/checkout");
        assertThat(checkout.details().kind().name()).isEqualTo("service");
        assertThat(checkout.details().provider()).as("inherited from the root").isEqualTo(Provider.AWS);
        assertThat(checkout.details().externalId()).isEqualTo("arn:aws:ecs:eu-west-1:1:service/checkout");
        assertThat(checkout.parentId()).isEqualTo(component("aws/eu-west-1/prod-eks").id());
        assertThat(component("aws/eu-west-1/prod-eks").details().tags()).containsEntry("team", "payments").containsEntry("pci", "");
        assertThat(component("aws/eu-west-1").details().tags()).containsExactlyEntriesOf(Map.of("env", "prod"));
    }

    @Test
    void repostingTheSameBodyLeavesEveryComponentUnchanged() {
        assertThat(api.post(BULK, TREE).send().status()).isEqualTo(200);
        long version = component("aws/eu-west-1").version();

        ApiReply again = api.post(BULK, TREE).send();

        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertCounts(again.json(), 0, 0, 4, 0);
        assertThat(component("aws/eu-west-1").version()).isEqualTo(version);
    }

    @Test
    void aChangedRowUpdatesTheComponentItMatches() {
        api.post(BULK, TREE).send();

        ApiReply reply = api.post(BULK, """
                {"components": [{"path": "aws/eu-west-1", "kind": "region", "tags": {"env": "staging"}}]}""").send();

        assertCounts(reply.json(), 0, 1, 0, 0);
        assertThat(component("aws/eu-west-1").details().tags()).containsEntry("env", "staging");
    }

    @Test
    void badJsonRowsAreReportedByIndexAndTheOthersApplied() {
        ApiReply reply = api.post(BULK, """
                {"components": [
                  {"path": "gcp", "kind": "provider", "provider": "gcp"},
                  {"path": "moon", "kind": "provider", "provider": "moon"},
                  {"path": "gcp/europe-west1", "kind": "region", "tags": {"1x": "y"}},
                  {"path": "gcp/us-east1", "kind": "region", "colour": "red"},
                  {"path": "gcp/us-east4", "kind": 5},
                  null,
                  {"path": "gcp/a//b", "kind": "region"},
                  {"path": "gcp/europe-west4", "kind": "region"}
                ]}""").send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode body = reply.json();
        assertCounts(body, 2, 0, 0, 6);
        assertFailure(body.get("failures").get(0), 2, "provider", "moon");
        assertFailure(body.get("failures").get(1), 3, "tags", "1x");
        assertFailure(body.get("failures").get(2), 4, "colour", null);
        assertFailure(body.get("failures").get(3), 5, "kind", "5");
        assertFailure(body.get("failures").get(4), 6, null, null);
        assertFailure(body.get("failures").get(5), 7, "path", "gcp/a//b");
        assertThat(component("gcp/europe-west4").details().provider()).isEqualTo(Provider.GCP);
    }

    @Test
    void aCsvImportCreatesTheGoodRowsAndReportsTheBadOnesByLine() {
        ApiReply reply = api.call("POST", BULK).body(CSV, """
                path,kind,provider,external_id,tags
                hetzner,provider,hetzner,,owner=platform
                hetzner/fsn1,datacenter,,"fsn1-dc14, rack 7","env=prod;pci;note=a=b"
                hetzner/fsn1/db-1,database,moon,,
                hetzner/nbg1/web-1,server,,,env=prod

                "hetzner/fsn1/web-2",server,,srv-2,"team=web;env=prod"
                """).send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode body = reply.json();
        assertCounts(body, 3, 0, 0, 2);
        assertFailure(body.get("failures").get(0), 4, "provider", "moon");
        JsonNode orphan = body.get("failures").get(1);
        assertFailure(orphan, 5, "path", "hetzner/nbg1/web-1");
        assertThat(orphan.get("message").asText()).contains("hetzner/nbg1", "does not exist");

        Component fsn1 = component("hetzner/fsn1");
        assertThat(fsn1.details().externalId()).as("a quoted field keeps its comma").isEqualTo("fsn1-dc14, rack 7");
        assertThat(fsn1.details().provider()).as("an empty provider is the parent's").isEqualTo(Provider.HETZNER);
        assertThat(fsn1.details().tags()).containsEntry("env", "prod").containsEntry("pci", "").containsEntry("note", "a=b");
        assertThat(component("hetzner/fsn1/web-2").details().tags()).containsEntry("team", "web");
    }

    @Test
    void csvRowsThatDoNotParseAreRowFailuresWithTheirField() {
        ApiReply reply = api.call("POST", BULK).body(CSV, """
                kind,path,tags,provider,external_id
                provider,azure,,azure,
                region,azure/westeurope,=prod,,
                region,azure/northeurope,env=prod
                Not A Kind,azure/eastus,,,
                region,azure/west us,,,
                region,azure/uksouth,env=prod;env=dev,,
                """).send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode body = reply.json();
        assertCounts(body, 1, 0, 0, 5);
        assertFailure(body.get("failures").get(0), 3, "tags", "=prod");
        assertFailure(body.get("failures").get(1), 4, null, "3 columns");
        assertFailure(body.get("failures").get(2), 5, "kind", "not a kind");
        assertFailure(body.get("failures").get(3), 6, "path", "azure/west us");
        assertFailure(body.get("failures").get(4), 7, "tags", "env");
    }

    @Test
    void aMissingCsvHeaderColumnIsA400ProblemNamingIt() {
        ApiReply reply = api.call("POST", BULK).body(CSV, """
                path,kind,provider,tags
                aws,provider,aws,
                """).send();

        JsonNode problem = assertProblem(reply, 400);
        assertThat(problem.get("field").asText()).isEqualTo("header");
        assertThat(problem.get("value").asText()).isEqualTo("external_id");
        assertThat(problem.get("detail").asText()).contains("external_id");
    }

    @Test
    void anUnknownCsvHeaderColumnIsA400ProblemNamingIt() {
        ApiReply reply = api.call("POST", BULK).body(CSV, "path,kind,provider,external_id,tags,colour\n").send();

        JsonNode problem = assertProblem(reply, 400);
        assertThat(problem.get("value").asText()).isEqualTo("colour");
        assertThat(problem.get("detail").asText()).contains("colour");
    }

    @Test
    void brokenCsvQuotingIsA400ProblemNamingTheLine() {
        ApiReply reply = api.call("POST", BULK).body(CSV, "path,kind,provider,external_id,tags\n\"aws,provider,aws,,\n").send();

        assertThat(assertProblem(reply, 400).get("detail").asText()).contains("CSV", "malformed", "line 3");
    }

    @Test
    void anInfraReadTokenGets403() {
        String reader = api.issue(Scope.INFRA_READ);

        ApiReply reply = api.post(BULK, TREE).bearer(reader).send();

        assertThat(assertProblem(reply, 403).get("detail").asText()).contains("infra:write");
        assertProblem(api.post(BULK, TREE).bearer(null).send(), 401);
    }

    @Test
    void moreRowsThanTheLimitIsA400ProblemSayingTheLimitAndAppliesNothing() {
        StringBuilder csv = new StringBuilder("path,kind,provider,external_id,tags\n");
        for (int row = 0; row <= ComponentBulkRoutes.MAX_ROWS; row++) {
            csv.append('p').append(row).append(",provider,aws,,\n");
        }

        ApiReply reply = api.call("POST", BULK).body(CSV, csv.toString()).send();

        assertThat(assertProblem(reply, 400).get("detail").asText()).contains("at most 10000 components");
        assertThatThrownBy(() -> component("p0")).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void otherMediaTypesAre415() {
        ApiReply reply = api.call("POST", BULK).body("text/plain", "aws").send();

        assertThat(assertProblem(reply, 415).get("detail").asText()).contains("application/json", "text/csv");
    }

    private static void assertCounts(JsonNode report, int created, int updated, int unchanged, int failed) {
        assertThat(report.get("created").asInt()).as("created in %s", report).isEqualTo(created);
        assertThat(report.get("updated").asInt()).as("updated in %s", report).isEqualTo(updated);
        assertThat(report.get("unchanged").asInt()).as("unchanged in %s", report).isEqualTo(unchanged);
        assertThat(report.get("failed").asInt()).as("failed in %s", report).isEqualTo(failed);
        assertThat(report.get("failures")).hasSize(failed);
    }

    private static void assertFailure(JsonNode failure, int line, String field, String value) {
        assertThat(failure.get("line").asInt()).as("line of %s", failure).isEqualTo(line);
        assertThat(failure.get("field").isNull() ? null : failure.get("field").asText()).as("field of %s", failure).isEqualTo(field);
        assertThat(failure.get("value").isNull() ? null : failure.get("value").asText()).as("value of %s", failure).isEqualTo(value);
        assertThat(failure.get("message").asText()).as("message of %s", failure).isNotBlank();
    }

    private Component component(String path) {
        return api.infrastructure().getByPath(ComponentPath.parse(path));
    }
}
