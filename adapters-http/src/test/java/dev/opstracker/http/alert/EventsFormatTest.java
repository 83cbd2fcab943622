package dev.opstracker.http.alert;

import static dev.opstracker.http.alert.AlertFixtures.bytes;
import static dev.opstracker.http.alert.AlertFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Sha256;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventsFormatTest {

    private static final String ROUTING_KEY = "R015VKQ8XW1DE3HF6P1A2B3C4D5E6F7G";

    private final EventsFormat format = new EventsFormat(AlertFixtures.json());

    @Test
    void aTriggerIsAFiringAlertScopedByItsRoutingKey() throws IOException {
        byte[] body = bytes("events-trigger.json");

        Alert alert = format.read(body).getFirst();

        assertThat(alert.source()).isEqualTo(AlertSource.EVENTS);
        assertThat(alert.scope()).isEqualTo(ROUTING_KEY);
        assertThat(alert.dedupKey()).isEqualTo("srv01/mysql-replication-lag");
        assertThat(alert.eventKey()).isEqualTo(ROUTING_KEY + "|srv01/mysql-replication-lag|trigger|" + Sha256.hex(body));
        assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
        assertThat(alert.severity()).isEqualTo(Severity.ERROR);
        assertThat(alert.summary()).isEqualTo("Replication lag on srv01 is 120s");
        assertThat(alert.startsAt()).as("PagerDuty's +0000 offset").isEqualTo(Instant.parse("2015-07-17T08:42:58.315Z"));
        assertThat(alert.labels()).containsEntry("source", "srv01.example.com").containsEntry("component", "mysql")
                .containsEntry("group", "prod-datapipe").containsEntry("class", "replication");
        assertThat(alert.annotations()).containsEntry("custom_details", "{\"lag_seconds\":120,\"replica\":\"srv02\"}")
                .containsEntry("client", "Sample Monitoring Service");
        assertThat(alert.links()).containsEntry("client", "https://monitoring.example.com")
                .containsEntry("Runbook", "https://example.com/runbooks/replication")
                .containsEntry("image 1", "https://chart.example.com/lag.png");
    }

    @Test
    void acknowledgeAndResolveNeedOnlyTheirKeys() throws IOException {
        Alert acknowledged = format.read(bytes("events-acknowledge.json")).getFirst();
        Alert resolved = format.read(bytes("events-resolve.json")).getFirst();

        assertThat(acknowledged.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(acknowledged.summary()).isEqualTo("acknowledge srv01/mysql-replication-lag");
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.dedupKey()).isEqualTo("srv01/mysql-replication-lag");
        assertThat(resolved.scope()).isEqualTo(ROUTING_KEY);
    }

    @Test
    void aTriggerWithoutADedupKeyGetsAUuidThatARetryOfTheSameBodyGetsToo() throws IOException {
        String trigger = trigger("\"summary\": \"Disk full\"");

        String first = format.read(utf8(trigger)).getFirst().dedupKey();
        String retried = format.read(utf8(trigger)).getFirst().dedupKey();
        String other = format.read(utf8(trigger("\"summary\": \"Disk fuller\""))).getFirst().dedupKey();

        assertThat(UUID.fromString(first)).isNotNull();
        assertThat(retried).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void resolvingNeedsADedupKey() {
        String json = "{\"routing_key\": \"r\", \"event_action\": \"resolve\"}";

        assertThatThrownBy(() -> format.read(utf8(json))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("dedup_key"));
    }

    @Test
    void aDedupKeyOver255CharactersIsRefused() {
        String json = "{\"routing_key\": \"r\", \"event_action\": \"resolve\", \"dedup_key\": \"" + "k".repeat(256) + "\"}";

        assertThatThrownBy(() -> format.read(utf8(json))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("dedup_key"));
    }

    @Test
    void anUnknownActionIsRefused() {
        String json = "{\"routing_key\": \"r\", \"event_action\": \"snooze\", \"dedup_key\": \"k\"}";

        assertThatThrownBy(() -> format.read(utf8(json))).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
            assertThat(invalid.field()).isEqualTo("event_action");
            assertThat(invalid.getMessage()).contains("trigger, acknowledge, resolve");
        });
    }

    @Test
    void severityIsOneOfPagerDutysFourWordsExactly() {
        String json = "{\"routing_key\": \"r\", \"event_action\": \"trigger\", \"payload\": "
                + "{\"summary\": \"s\", \"source\": \"h\", \"severity\": \"high\"}}";

        assertThatThrownBy(() -> format.read(utf8(json))).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
            assertThat(invalid.field()).isEqualTo("payload.severity");
            assertThat(invalid.value()).isEqualTo("high");
        });
    }

    @Test
    void aTriggerNeedsSummarySourceAndSeverity() {
        String json = "{\"routing_key\": \"r\", \"event_action\": \"trigger\", \"payload\": {\"summary\": \"s\", \"severity\": \"info\"}}";

        assertThatThrownBy(() -> format.read(utf8(json))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("payload.source"));
        assertThatThrownBy(() -> format.read(utf8("{\"routing_key\": \"r\", \"event_action\": \"trigger\"}")))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("payload"));
    }

    @Test
    void everyEventNeedsARoutingKey() {
        String json = "{\"event_action\": \"resolve\", \"dedup_key\": \"k\"}";

        assertThatThrownBy(() -> format.read(utf8(json))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("routing_key"));
    }

    @Test
    void aTimestampThatIsNotIso8601IsRefused() {
        String json = trigger("\"summary\": \"s\", \"timestamp\": \"17/07/2015\"");

        assertThatThrownBy(() -> format.read(utf8(json))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("payload.timestamp"));
    }

    private static String trigger(String payloadMembers) {
        return "{\"routing_key\": \"" + ROUTING_KEY + "\", \"event_action\": \"trigger\", \"payload\": {"
                + payloadMembers + ", \"source\": \"host-1\", \"severity\": \"critical\"}}";
    }
}
