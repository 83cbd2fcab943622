package dev.opstracker.http.alert;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IncidentRoutesTest {

    private final RunningApi api = RunningApi.start();
    private final String sender = api.issue(Scope.ALERTS_WRITE);
    private final String reader = api.issue(Scope.ALERTS_READ);

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void aStormsTaskListsEachProblemThatJoinedIt() {
        JsonNode first = fire("db-1", "NodeDown");
        JsonNode second = fire("db-2", "NodeDown");
        assertThat(second.get("outcome").asText()).isEqualTo("grouped");

        JsonNode incidents = api.get("/api/v1/alerts/tasks/" + first.get("taskId").asLong() + "/incidents").bearer(reader).send().json();

        assertThat(incidents.get("total").asInt()).isEqualTo(2);
        assertThat(incidents.get("items").get(1).get("dedupKey").asText()).isEqualTo("db-2");
        assertThat(incidents.get("items").get(0).get("pending").asBoolean()).isFalse();
        assertThat(incidents.get("items").get(0).get("status").asText()).isEqualTo("firing");
    }

    @Test
    void incidentsSeenSinceAnInstantAreListedOldestFirstAndASinceIsRequired() {
        fire("db-1", "NodeDown");
        fire("web-1", "HighLatency");

        JsonNode seen = api.get("/api/v1/alerts/incidents?since=2000-01-01T00:00:00Z&limit=1").bearer(reader).send().json();
        JsonNode next = api.get("/api/v1/alerts/incidents?since=2000-01-01T00:00:00Z&limit=1&cursor=" + seen.get("next").asText()).bearer(reader)
                .send().json();

        assertThat(seen.get("items")).singleElement().satisfies(incident -> assertThat(incident.get("dedupKey").asText()).isEqualTo("db-1"));
        assertThat(next.get("items")).singleElement().satisfies(incident -> assertThat(incident.get("dedupKey").asText()).isEqualTo("web-1"));
        assertThat(api.get("/api/v1/alerts/incidents?since=2999-01-01T00:00:00Z").bearer(reader).send().json().get("items")).isEmpty();
        JsonNode missing = assertProblem(api.get("/api/v1/alerts/incidents").bearer(reader).send(), 400);
        assertThat(missing.get("field").asText()).isEqualTo("since");
        assertProblem(api.get("/api/v1/alerts/incidents?since=yesterday").bearer(reader).send(), 400);
        assertProblem(api.get("/api/v1/alerts/incidents?since=2000-01-01T00:00:00Z").bearer(sender).send(), 403);
    }

    @Test
    void problemsBelowTheirRulesThresholdAreListedAsPending() {
        api.call("PUT", "/api/v1/alerts/rules").bearer(api.issue(Scope.ADMIN))
                .json("{\"rules\": [{\"name\": \"flaky\", \"matchers\": [\"alertname=Flaky\"], \"threshold\": {\"count\": 3, \"window\": \"10m\"}}]}").send();

        JsonNode outcome = fire("db-3", "Flaky");
        JsonNode pending = api.get("/api/v1/alerts/pending").bearer(reader).send().json();

        assertThat(outcome.get("outcome").asText()).isEqualTo("pending");
        assertThat(outcome.get("taskId").isNull()).isTrue();
        assertThat(pending.get("items")).singleElement().satisfies(incident -> {
            assertThat(incident.get("dedupKey").asText()).isEqualTo("db-3");
            assertThat(incident.get("pending").asBoolean()).isTrue();
            assertThat(incident.get("taskId").isNull()).isTrue();
        });
    }

    @Test
    void readingNeedsAlertsReadAndATaskIdThatIsANumber() {
        assertProblem(api.get("/api/v1/alerts/pending").bearer(sender).send(), 403);
        assertProblem(api.get("/api/v1/alerts/tasks/x/incidents").bearer(reader).send(), 400);
        assertThat(api.get("/api/v1/alerts/tasks/99/incidents").bearer(reader).send().json().get("total").asInt()).isZero();
    }

    private JsonNode fire(String key, String alertname) {
        return api.post("/api/v1/alerts/generic", """
                {"title": "%s on %s", "dedup_key": "%s", "labels": {"alertname": "%s"}}
                """.formatted(alertname, key, key, alertname)).bearer(sender).send().json().get("alerts").get(0);
    }
}
