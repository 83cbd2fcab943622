package dev.opstracker.http.alert;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AlertRulesRoutesTest {

    private static final String RULES = "/api/v1/alerts/rules";
    private static final String ACME = """
            {"rules": [{"name": "acme", "matchers": ["source=backup-host"], "assignee": "marcus", "client": "ACME", "priorities": {"error": "P1"}}]}
            """;

    private final RunningApi api = RunningApi.start();
    private final String admin = api.issue(Scope.ADMIN);
    private final String reader = api.issue(Scope.ALERTS_READ);

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void theRulesStartAsTheBuiltInDefaultsAtVersionZero() {
        ApiReply reply = api.get(RULES).bearer(reader).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"0\"");
        assertThat(reply.json().get("rules").size()).isZero();
        assertThat(reply.json().get("default").get("groupBy").toString()).isEqualTo("[\"alertname\",\"cluster\",\"service\"]");
    }

    @Test
    void anAdminReplacesTheRulesAndTheNextAlertFollowsThem() {
        ApiReply replaced = api.call("PUT", RULES).json(ACME).bearer(admin).send();

        assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
        assertThat(replaced.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.get(RULES).bearer(reader).send().json().get("rules").get(0).get("name").asText()).isEqualTo("acme");

        JsonNode outcome = api.post("/api/v1/alerts/generic", """
                {"title": "Nightly backup failed", "severity": "error", "source": "backup-host", "dedup_key": "backup-1"}
                """).bearer(api.issue(Scope.ALERTS_WRITE)).send().json().get("alerts").get(0);

        var task = api.tasks().get(TaskId.of(outcome.get("taskId").asLong()));
        assertThat(task.details().assignee()).isEqualTo("marcus");
        assertThat(task.details().client().value()).isEqualTo("ACME");
        assertThat(task.details().priority().name()).isEqualTo("P1");
    }

    @Test
    void aReplaceNamingAnOlderVersionIsRefusedWith412() {
        api.call("PUT", RULES).json(ACME).bearer(admin).send();

        assertProblem(api.call("PUT", RULES).json("{}").bearer(admin).header("If-Match", "\"0\"").send(), 412);
        assertThat(api.call("PUT", RULES).json("{}").bearer(admin).header("If-Match", "\"1\"").send().status()).isEqualTo(200);
    }

    @Test
    void badRulesAreRefusedNamingTheFieldAndOnlyAnAdminMayReplaceThem() {
        JsonNode refused = assertProblem(api.call("PUT", RULES).json("{\"rules\": [{\"name\": \"a\", \"matchers\": [\"nope\"]}]}").bearer(admin).send(), 400);
        assertThat(refused.get("field").asText()).isEqualTo("rules[0].matchers[0]");
        assertProblem(api.call("PUT", RULES).json("{\"rulez\": []}").bearer(admin).send(), 400);
        assertProblem(api.call("PUT", RULES).json(ACME).bearer(reader).send(), 403);
        assertProblem(api.get(RULES).bearer(api.issue(Scope.ALERTS_WRITE)).send(), 403);
    }
}
