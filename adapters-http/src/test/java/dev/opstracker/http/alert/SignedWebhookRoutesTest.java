package dev.opstracker.http.alert;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static dev.opstracker.http.alert.AlertFixtures.text;
import static dev.opstracker.http.alert.Signer.GRAFANA_SECRET;
import static dev.opstracker.http.alert.Signer.NEW_SECRET;
import static dev.opstracker.http.alert.Signer.OLD_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.http.ApiCall;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import dev.opstracker.http.security.WebhookSigningFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignedWebhookRoutesTest {

    private static final String EVENTS = AlertWebhookRoutesTest.EVENTS;
    private static final String GRAFANA = AlertWebhookRoutesTest.GRAFANA;
    private static final String GENERIC = AlertWebhookRoutesTest.GENERIC;
    private static final String GRAFANA_TIMESTAMP = "X-Grafana-Alerting-Timestamp";

    private final RunningApi api = RunningApi.startSigned(WebhookSigningFormat.parse("test",
            "events=standard-webhooks:" + OLD_SECRET + "," + NEW_SECRET
                    + "; grafana=grafana-hmac timestamp-header=" + GRAFANA_TIMESTAMP + ":" + GRAFANA_SECRET));
    private final String event = text("events-trigger.json");

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void aStandardWebhooksDeliverySignedWithTheSecretIsAcceptedWithoutABearerToken() {
        ApiReply reply = standardWebhook("msg_1", now(), OLD_SECRET, event).send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(202);
        assertThat(reply.json().get("dedup_key").asText()).isEqualTo("srv01/mysql-replication-lag");
    }

    @Test
    void aWrongSignatureIsA401AndKeepsNothing() {
        ApiReply reply = standardWebhook("msg_1", now(), OLD_SECRET, event)
                .header("webhook-signature", Signer.standardWebhooks(OLD_SECRET, "msg_other", now(), event)).send();

        assertProblem(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(api.deadLetters().list(PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void aBodyChangedAfterSigningIsA401() {
        String signature = Signer.standardWebhooks(OLD_SECRET, "msg_1", now(), event);

        ApiReply reply = standardWebhook("msg_1", now(), OLD_SECRET, event.replace("120s", "121s"))
                .header("webhook-signature", signature).send();

        assertProblem(reply, 401);
    }

    @Test
    void aTimestampMoreThanFiveMinutesOldIsA401ThatDoesNotSayWhichCheckFailed() {
        ApiReply stale = standardWebhook("msg_1", now() - 301, OLD_SECRET, event).send();
        ApiReply wrong = standardWebhook("msg_2", now(), OLD_SECRET, event)
                .header("webhook-signature", Signer.standardWebhooks(NEW_SECRET, "msg_other", now(), event)).send();

        assertThat(assertProblem(stale, 401)).isEqualTo(assertProblem(wrong, 401));
    }

    @Test
    void aReplayedWebhookIdIsA401() {
        long timestamp = now();
        assertThat(standardWebhook("msg_1", timestamp, OLD_SECRET, event).send().status()).isEqualTo(202);

        ApiReply replay = standardWebhook("msg_1", timestamp, OLD_SECRET, event).send();
        ApiReply resignedReplay = standardWebhook("msg_1", timestamp + 1, OLD_SECRET, event).send();

        assertProblem(replay, 401);
        assertProblem(resignedReplay, 401);
    }

    @Test
    void ofTheSameSignedDeliverySentManyTimesAtOnceExactlyOneIsAccepted() throws Exception {
        long timestamp = now();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int sender = 0; sender < 8; sender++) {
                statuses.add(senders.submit(() -> standardWebhook("msg_1", timestamp, OLD_SECRET, event).send().status()));
            }
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }

            assertThat(answered).containsOnly(202, 401).filteredOn(status -> status == 202).hasSize(1);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void aWebhookIdMayBeUsedAgainOnceItsTimestampWouldBeStale() {
        assertThat(standardWebhook("msg_1", now(), OLD_SECRET, event).send().status()).isEqualTo(202);
        api.clock().advance(Duration.ofMinutes(6));

        assertThat(standardWebhook("msg_1", now(), OLD_SECRET, event).send().status()).isEqualTo(202);
    }

    @Test
    void aDeliveryThatWasNotStoredDoesNotUseUpItsWebhookId() {
        ApiReply refused = standardWebhook("msg_1", now(), OLD_SECRET, "{\"event_action\": \"explode\"}").send();
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);

        ApiReply retried = standardWebhook("msg_1", now(), OLD_SECRET, event).send();

        assertThat(retried.status()).as("%s", retried).isEqualTo(202);
    }

    @Test
    void duringARotationDeliveriesSignedWithTheOldOrTheNewSecretAreBothAccepted() {
        assertThat(standardWebhook("msg_old", now(), OLD_SECRET, event).send().status()).isEqualTo(202);
        assertThat(standardWebhook("msg_new", now(), NEW_SECRET, event).send().status()).isEqualTo(202);
    }

    @Test
    void aSignatureWithoutItsIdAndTimestampHeadersIsA401() {
        ApiReply reply = api.post(EVENTS, event).bearer(null)
                .header("webhook-signature", Signer.standardWebhooks(OLD_SECRET, "msg_1", now(), event)).send();

        assertProblem(reply, 401);
    }

    @Test
    void aBearerTokenWithAlertsWriteStillWorksForASourceThatSigns() {
        ApiReply reply = api.post(EVENTS, event).bearer(api.issue(Scope.ALERTS_WRITE)).send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(202);
    }

    @Test
    void aRequestToASourceThatSignsWithNeitherSignatureNorTokenIsA401() {
        ApiReply reply = api.post(EVENTS, event).bearer(null).send();

        assertProblem(reply, 401);
    }

    @Test
    void aSignatureDecidesEvenWhenABearerTokenIsSentAlongWithIt() {
        ApiReply reply = standardWebhook("msg_1", now() - 3600, OLD_SECRET, event).bearer(api.issue(Scope.ALERTS_WRITE)).send();

        assertProblem(reply, 401);
    }

    @Test
    void aSourceWithoutSigningIgnoresSignatureHeadersAndWantsAToken() {
        String generic = text("generic-single.json");

        ApiReply reply = api.post(GENERIC, generic).bearer(null).header("webhook-id", "msg_1")
                .header("webhook-timestamp", Long.toString(now()))
                .header("webhook-signature", Signer.standardWebhooks(OLD_SECRET, "msg_1", now(), generic)).send();

        assertProblem(reply, 401);
    }

    @Test
    void aGrafanaDeliveryWithAHexMacOverTimestampAndBodyIsAccepted() {
        String body = text("grafana-v1-values.json");
        String timestamp = Long.toString(now());

        ApiReply reply = grafana(body, timestamp, Signer.grafana(GRAFANA_SECRET, timestamp + ":" + body)).send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }

    @Test
    void aGrafanaDeliveryWithoutItsConfiguredTimestampOrWithAStaleOneIsA401() {
        String body = text("grafana-v1-values.json");
        String stale = Long.toString(now() - 301);

        assertProblem(grafana(body, null, Signer.grafana(GRAFANA_SECRET, body)).send(), 401);
        assertProblem(grafana(body, stale, Signer.grafana(GRAFANA_SECRET, stale + ":" + body)).send(), 401);
    }

    @Test
    void aGrafanaDeliverySignedWithAnotherSecretIsA401() {
        String body = text("grafana-v1-values.json");
        String timestamp = Long.toString(now());

        assertProblem(grafana(body, timestamp, Signer.grafana("another secret", timestamp + ":" + body)).send(), 401);
    }

    @Test
    void aGrafanaSourceWithoutATimestampHeaderAcceptsTheHexMacOfTheBodyAloneInItsConfiguredHeader() {
        try (RunningApi bodyOnly = RunningApi.startSigned(WebhookSigningFormat.parse("test",
                "grafana=grafana-hmac signature-header=X-OpsTracker-Signature:" + GRAFANA_SECRET))) {
            String body = text("grafana-v1-values.json");

            ApiReply signed = bodyOnly.post(GRAFANA, body).bearer(null)
                    .header("X-OpsTracker-Signature", Signer.grafana(GRAFANA_SECRET, body)).send();
            ApiReply wrong = bodyOnly.post(GRAFANA, body).bearer(null)
                    .header("X-OpsTracker-Signature", Signer.grafana(GRAFANA_SECRET, body + " ")).send();
            ApiReply defaultHeader = bodyOnly.post(GRAFANA, body).bearer(null)
                    .header("X-Grafana-Alerting-Signature", Signer.grafana(GRAFANA_SECRET, body)).send();

            assertThat(signed.status()).as("%s", signed).isEqualTo(200);
            assertProblem(wrong, 401);
            assertProblem(defaultHeader, 401);
        }
    }

    private ApiCall standardWebhook(String id, long timestamp, String secret, String body) {
        return api.post(EVENTS, body).bearer(null)
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", Signer.standardWebhooks(secret, id, timestamp, body));
    }

    private ApiCall grafana(String body, String timestamp, String signature) {
        ApiCall call = api.post(GRAFANA, body).bearer(null).header("X-Grafana-Alerting-Signature", signature);
        return timestamp == null ? call : call.header(GRAFANA_TIMESTAMP, timestamp);
    }

    private long now() {
        return api.clock().instant().getEpochSecond();
    }
}
