package dev.opstracker.http.alert;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static dev.opstracker.http.alert.AlertFixtures.text;
import static dev.opstracker.http.alert.AlertWebhookRoutesTest.ALERTMANAGER;
import static dev.opstracker.http.alert.AlertWebhookRoutesTest.EVENTS;
import static dev.opstracker.http.alert.AlertWebhookRoutesTest.GENERIC;
import static dev.opstracker.http.alert.AlertWebhookRoutesTest.GRAFANA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.http.ApiCall;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import dev.opstracker.http.limit.BodyLimits;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a delivery can be unusable is a 4xx problem naming what is wrong, never a 500, and stores nothing. */
class AlertWebhookProblemsTest {

    private final RunningApi api = RunningApi.start();
    private final String alertsToken = api.issue(Scope.ALERTS_WRITE);

    @AfterEach
    void stopApi() {
        api.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {ALERTMANAGER, GRAFANA, EVENTS, GENERIC})
    void malformedJsonIsA400SayingWhere(String path) {
        JsonNode problem = assertProblem(post(path, "{\"alerts\": [").send(), 400);

        assertThat(problem.get("type").asText()).endsWith("malformed-json");
        assertThat(problem.get("detail").asText()).contains("line 1");
    }

    @Test
    void aKnownFieldOfTheWrongTypeIsA400NamingItsPath() {
        String body = AlertmanagerFormatTest.delivery(
                "{\"status\": \"firing\"}, {\"status\": \"firing\"}, {\"status\": 3, \"labels\": {}}");

        JsonNode problem = assertProblem(post(ALERTMANAGER, body).send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("alerts[2].status");
        assertThat(problem.get("detail").asText()).contains("alerts[2].status", "a string");
    }

    @Test
    void aLabelThatIsNotTextIsA400NamingItsPath() {
        String body = AlertmanagerFormatTest.delivery("{\"status\": \"firing\", \"labels\": {\"replicas\": 3}}");

        JsonNode problem = assertProblem(post(GRAFANA, body).send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("alerts[0].labels.replicas");
    }

    @Test
    void aWrongTypeInsideAGenericArrayIsNamedByIndexAndPath() {
        String body = "[{\"title\": \"t\", \"dedup_key\": \"k\"}, {\"title\": \"t\", \"dedup_key\": \"k\", \"labels\": {\"a\": 1}}]";

        JsonNode problem = assertProblem(post(GENERIC, body).send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("[1].labels.a");
    }

    @Test
    void aMissingRequiredFieldIsA400NamingIt() {
        assertThat(assertProblem(post(ALERTMANAGER, "{\"version\": \"4\"}").send(), 400).get("field").asText()).isEqualTo("alerts");
        assertThat(assertProblem(post(GENERIC, "{\"dedup_key\": \"k\"}").send(), 400).get("field").asText()).isEqualTo("title");
        assertThat(assertProblem(post(EVENTS, "{\"event_action\": \"trigger\"}").send(), 400).get("field").asText()).isEqualTo("routing_key");
    }

    @Test
    void aValueOutsideItsListIsA400NamingFieldAndValue() {
        JsonNode problem = assertProblem(post(EVENTS, "{\"routing_key\": \"r\", \"event_action\": \"snooze\", \"dedup_key\": \"k\"}").send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("event_action");
        assertThat(problem.get("value").asText()).isEqualTo("snooze");
        assertThat(problem.get("detail").asText()).contains("trigger, acknowledge, resolve");
    }

    @Test
    void aKeyOverItsLimitIsA400() {
        String events = "{\"routing_key\": \"r\", \"event_action\": \"resolve\", \"dedup_key\": \"" + "k".repeat(256) + "\"}";
        String generic = "{\"title\": \"t\", \"dedup_key\": \"" + "k".repeat(513) + "\"}";

        assertThat(assertProblem(post(EVENTS, events).send(), 400).get("field").asText()).isEqualTo("dedup_key");
        assertThat(assertProblem(post(GENERIC, generic).send(), 400).get("field").asText()).isEqualTo("dedup_key");
    }

    @Test
    void anUnknownFieldInTheGenericShapeIsA400ListingTheKnownOnes() {
        JsonNode problem = assertProblem(post(GENERIC, "{\"title\": \"t\", \"dedup_key\": \"k\", \"sevrity\": \"info\"}").send(), 400);

        assertThat(problem.get("detail").asText()).contains("sevrity", "severity");
    }

    @Test
    void moreAlertsThanADeliveryMayCarryIsA400() {
        StringJoiner alerts = new StringJoiner(",", "[", "]");
        for (int index = 0; index <= AlertIntake.MAX_ALERTS_PER_DELIVERY; index++) {
            alerts.add("{\"title\":\"t\",\"dedup_key\":\"k" + index + "\"}");
        }

        JsonNode problem = assertProblem(post(GENERIC, alerts.toString()).send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("alerts");
        assertThat(api.tasks().list(TaskFilter.any(), PageRequest.first(10)).items()).as("nothing stored").isEmpty();
    }

    @Test
    void aBodyThatIsNotAnObjectIsA400() {
        assertThat(assertProblem(post(ALERTMANAGER, "[]").send(), 400).get("field").asText()).isEqualTo("body");
        assertThat(assertProblem(post(GENERIC, "42").send(), 400).get("field").asText()).isEqualTo("body");
    }

    @Test
    void anEmptyBodyIsA400() {
        assertProblem(post(ALERTMANAGER, "").send(), 400);
    }

    @Test
    void aBodyOverTheLimitIsA413EvenWhenItsLengthIsNotAnnounced() {
        try (RunningApi small = RunningApi.startWith(RunningApi.defaultSettings().withBodyLimits(BodyLimits.DEFAULT.withAlerts(1_024)), RunningApi.HEALTHY_H2,
                new InMemoryTaskStore())) {
            String token = small.issue(Scope.ALERTS_WRITE);
            String body = AlertmanagerFormatTest.delivery(
                    "{\"status\": \"firing\", \"annotations\": {\"summary\": \"" + "x".repeat(2_000) + "\"}}");

            assertThat(assertProblem(small.post(ALERTMANAGER, body).bearer(token).send(), 413).get("detail").asText()).contains("1024 bytes");
            assertProblem(small.post(ALERTMANAGER, body).bearer(token).chunked().send(), 413);
        }
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        ApiReply reply = post(ALERTMANAGER, "").body("text/plain", text("alertmanager-v4-firing.json")).send();

        assertThat(assertProblem(reply, 415).get("detail").asText()).contains("application/json", "text/plain");
        assertProblem(api.call("POST", GENERIC).bearer(alertsToken).body(null, "{}").send(), 415);
    }

    @Test
    void aJsonContentTypeWithACharsetIsAccepted() {
        ApiReply reply = post(GENERIC, "").body("application/json; charset=utf-8", text("generic-single.json")).send();

        assertThat(reply.status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {ALERTMANAGER, GRAFANA, EVENTS, GENERIC})
    void withoutATokenItIsA401(String path) {
        ApiReply reply = api.post(path, "{}").bearer(null).send();

        assertProblem(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @ParameterizedTest
    @ValueSource(strings = {ALERTMANAGER, GRAFANA, EVENTS, GENERIC})
    void aTokenWithoutAlertsWriteIsA403(String path) {
        ApiReply reply = api.post(path, "{}").bearer(api.issue(Scope.TASKS_WRITE, Scope.INFRA_WRITE)).send();

        assertProblem(reply, 403);
        assertThat(reply.header("WWW-Authenticate")).contains("insufficient_scope", "alerts:write");
    }

    private ApiCall post(String path, String json) {
        return api.post(path, json).bearer(alertsToken);
    }
}
