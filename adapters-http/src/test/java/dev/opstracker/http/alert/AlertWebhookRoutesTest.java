package dev.opstracker.http.alert;

import static dev.opstracker.http.alert.AlertFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AlertWebhookRoutesTest {

    static final String ALERTMANAGER = "/api/v1/alerts/alertmanager";
    static final String GRAFANA = "/api/v1/alerts/grafana";
    static final String EVENTS = "/api/v1/alerts/events";
    static final String GENERIC = "/api/v1/alerts/generic";

    private final RunningApi api = RunningApi.start();
    private final String alertsToken = api.issue(Scope.ALERTS_WRITE);

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void anAlertmanagerDeliveryOpensOneTaskPerAlertAndSaysWhich() {
        ApiReply reply = post(ALERTMANAGER, text("alertmanager-v4-firing.json"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode body = reply.json();
        assertThat(body.get("received").asInt()).isEqualTo(2);
        JsonNode first = body.get("alerts").get(0);
        assertThat(first.get("dedupKey").asText()).isEqualTo("1a30ba71cca2921f");
        assertThat(first.get("outcome").asText()).isEqualTo("opened");
        assertThat(first.get("duplicate").asBoolean()).isFalse();
        assertThat(first.has("reason")).isTrue();
        assertThat(first.get("incidentId").isNumber()).isTrue();
        assertThat(api.tasks().get(taskId(first)).details().title()).isEqualTo("Checkout p99 latency above 2s");
        assertThat(body.get("alerts").get(1).get("outcome").asText()).isEqualTo("opened");
        assertThat(taskId(body.get("alerts").get(1))).isNotEqualTo(taskId(first));
    }

    @Test
    void theSameFingerprintFiringAgainFoldsIntoItsOpenTask() {
        JsonNode opened = post(ALERTMANAGER, text("alertmanager-v4-firing.json")).json().get("alerts").get(0);
        String again = text("alertmanager-v4-firing.json").replace("2026-11-20T08:01:15.123456789Z", "2026-11-20T09:01:15Z");

        JsonNode folded = post(ALERTMANAGER, again).json().get("alerts").get(0);

        assertThat(folded.get("outcome").asText()).isEqualTo("folded");
        assertThat(taskId(folded)).isEqualTo(taskId(opened));
        assertThat(folded.get("duplicate").asBoolean()).isFalse();
    }

    @Test
    void aRepeatedDeliveryAnswersTheSameOutcomesMarkedDuplicateAndChangesNothing() {
        ApiReply first = post(ALERTMANAGER, text("alertmanager-v4-firing.json"));

        ApiReply repeated = post(ALERTMANAGER, text("alertmanager-v4-firing.json"));

        assertThat(repeated.status()).isEqualTo(200);
        for (int index = 0; index < 2; index++) {
            JsonNode before = first.json().get("alerts").get(index);
            JsonNode after = repeated.json().get("alerts").get(index);
            assertThat(after.get("outcome").asText()).isEqualTo(before.get("outcome").asText());
            assertThat(after.get("taskId").asLong()).isEqualTo(before.get("taskId").asLong());
            assertThat(after.get("duplicate").asBoolean()).isTrue();
        }
    }

    @Test
    void theSameDeliveryFromSeveralAlertmanagerReplicasAtOnceOpensOneTask() throws Exception {
        String body = text("alertmanager-v4-notification-reason.json");
        List<Callable<ApiReply>> replicas = Collections.nCopies(8, () -> post(ALERTMANAGER, body));
        List<ApiReply> replies = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(8)) {
            for (Future<ApiReply> reply : executor.invokeAll(replicas)) {
                replies.add(reply.get());
            }
        }

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(200));
        assertThat(replies).extracting(reply -> reply.json().get("alerts").get(0).get("taskId").asLong()).containsOnly(
                replies.getFirst().json().get("alerts").get(0).get("taskId").asLong());
        assertThat(replies).filteredOn(reply -> !reply.json().get("alerts").get(0).get("duplicate").asBoolean()).hasSize(1);
        assertThat(api.tasks().list(TaskFilter.any(), PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void aResolvedAlertResolvesItsTask() {
        JsonNode opened = post(ALERTMANAGER, text("alertmanager-v4-firing.json")).json().get("alerts").get(0);

        JsonNode resolved = post(ALERTMANAGER, text("alertmanager-v4-resolved.json")).json().get("alerts").get(0);

        assertThat(resolved.get("outcome").asText()).isEqualTo("resolved");
        assertThat(taskId(resolved)).isEqualTo(taskId(opened));
        assertThat(api.tasks().get(taskId(resolved)).status()).isEqualTo(TaskStatus.DONE);
        assertThat(api.alerts().openIncident(AlertSource.ALERTMANAGER, "", "1a30ba71cca2921f")).isEmpty();
    }

    @Test
    void aGrafanaDeliveryOpensATask() {
        ApiReply reply = post(GRAFANA, text("grafana-v1-values.json"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        JsonNode opened = reply.json().get("alerts").get(0);
        assertThat(opened.get("outcome").asText()).isEqualTo("opened");
        assertThat(api.tasks().get(taskId(opened)).details().description()).contains("values.B", "94.31", "dashboard");
    }

    @Test
    void eventsAreAcceptedWith202AndPagerDutysFieldsThroughTheirLifecycle() {
        ApiReply triggered = post(EVENTS, text("events-trigger.json"));
        ApiReply acknowledged = post(EVENTS, text("events-acknowledge.json"));
        ApiReply resolved = post(EVENTS, text("events-resolve.json"));

        assertThat(triggered.status()).as("%s", triggered).isEqualTo(202);
        assertThat(triggered.text("status")).isEqualTo("success");
        assertThat(triggered.text("message")).isEqualTo("Event processed");
        assertThat(triggered.text("dedup_key")).isEqualTo("srv01/mysql-replication-lag");
        assertThat(triggered.text("outcome")).isEqualTo("opened");
        assertThat(acknowledged.status()).isEqualTo(202);
        assertThat(acknowledged.text("outcome")).isEqualTo("acknowledged");
        assertThat(resolved.text("outcome")).isEqualTo("resolved");
        assertThat(resolved.text("taskId")).isEqualTo(triggered.text("taskId"));
    }

    @Test
    void aTriggerWithoutADedupKeyIsAnsweredWithTheKeyItGot() {
        String trigger = "{\"routing_key\": \"r1\", \"event_action\": \"trigger\", "
                + "\"payload\": {\"summary\": \"Disk full on h1\", \"source\": \"h1\", \"severity\": \"critical\"}}";

        ApiReply reply = post(EVENTS, trigger);

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.text("dedup_key")).matches("[0-9a-f-]{36}");
        ApiReply resolve = post(EVENTS, "{\"routing_key\": \"r1\", \"event_action\": \"resolve\", \"dedup_key\": \"" + reply.text("dedup_key") + "\"}");
        assertThat(resolve.text("outcome")).isEqualTo("resolved");
    }

    @Test
    void theGenericShapeTakesOneAlertOrAnArray() {
        ApiReply single = post(GENERIC, text("generic-single.json"));
        ApiReply array = post(GENERIC, text("generic-array.json"));

        assertThat(single.status()).as("%s", single).isEqualTo(200);
        assertThat(single.json().get("alerts").get(0).get("outcome").asText()).isEqualTo("opened");
        assertThat(array.json().get("received").asInt()).isEqualTo(2);
        JsonNode resolved = array.json().get("alerts").get(1);
        assertThat(resolved.get("dedupKey").asText()).isEqualTo("backup/db-1");
        assertThat(resolved.get("outcome").asText()).isEqualTo("resolved");
        assertThat(api.tasks().get(taskId(resolved)).status()).as("closed: nobody had started on it").isEqualTo(TaskStatus.DONE);
    }

    @Test
    void resolvingWhatIsNotOpenIsIgnoredWithAReason() {
        JsonNode ignored = post(GENERIC, "{\"title\": \"t\", \"dedup_key\": \"never-fired\", \"status\": \"resolved\"}").json().get("alerts").get(0);

        assertThat(ignored.get("outcome").asText()).isEqualTo("ignored");
        assertThat(ignored.get("reason").asText()).isNotBlank();
        assertThat(ignored.get("taskId").isNull()).isTrue();
    }

    @Test
    void anAdminTokenMayDeliverAlertsToo() {
        ApiReply reply = api.post(GENERIC, text("generic-single.json")).bearer(api.issue(Scope.ADMIN)).send();

        assertThat(reply.status()).isEqualTo(200);
    }

    private ApiReply post(String path, String json) {
        return api.post(path, json).bearer(alertsToken).send();
    }

    private static TaskId taskId(JsonNode outcome) {
        return TaskId.of(outcome.get("taskId").asLong());
    }
}
