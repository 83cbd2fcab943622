package dev.opstracker.http.alert;

import static dev.opstracker.http.alert.AlertFixtures.bytes;
import static dev.opstracker.http.alert.AlertFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.shared.DomainException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertmanagerFormatTest {

    private final AlertmanagerFormat format = new AlertmanagerFormat(AlertSource.ALERTMANAGER, AlertFixtures.json());

    @Test
    void eachAlertOfAVersion4DeliveryIsKeyedByItsFingerprint() throws IOException {
        List<Alert> alerts = format.read(bytes("alertmanager-v4-firing.json"));

        assertThat(alerts).hasSize(2);
        Alert latency = alerts.getFirst();
        assertThat(latency.source()).isEqualTo(AlertSource.ALERTMANAGER);
        assertThat(latency.scope()).isEmpty();
        assertThat(latency.dedupKey()).isEqualTo("1a30ba71cca2921f");
        assertThat(latency.eventKey()).isEqualTo("1a30ba71cca2921f|2026-11-20T08:01:15.123456789Z|firing");
        assertThat(latency.status()).isEqualTo(AlertStatus.FIRING);
        assertThat(latency.severity()).as("severity=page read leniently").isEqualTo(Severity.CRITICAL);
        assertThat(latency.summary()).isEqualTo("Checkout p99 latency above 2s");
        assertThat(latency.labels()).containsEntry("alertname", "HighRequestLatency").containsEntry("cluster", "prod-eks").hasSize(5);
        assertThat(latency.annotations()).containsEntry("runbook_url", "https://runbooks.example.com/checkout-latency");
        assertThat(latency.startsAt()).isEqualTo(Instant.parse("2026-11-20T08:01:15.123456Z"));
        assertThat(latency.endsAt()).as("Go's zero time means no end").isNull();
        assertThat(latency.links()).containsOnly(
                entry("generator", "http://prometheus.example.com/graph?g0.expr=histogram_quantile%280.99%29"),
                entry("alertmanager", "http://alertmanager.example.com:9093"));
        assertThat(latency.groupKey()).isEqualTo("{}/{severity=\"page\"}:{alertname=\"HighRequestLatency\"}");
    }

    @Test
    void aFiringAlertWithAFutureEndsAtStaysFiringAndFallsBackToItsDescriptionOnOneLine() throws IOException {
        Alert disk = format.read(bytes("alertmanager-v4-firing.json")).get(1);

        assertThat(disk.status()).isEqualTo(AlertStatus.FIRING);
        assertThat(disk.endsAt()).isEqualTo(Instant.parse("2026-11-20T08:20:00Z"));
        assertThat(disk.summary()).isEqualTo("Disk /var/lib/mysql will be full in 4 hours. Investigate.");
        assertThat(disk.severity()).as("severity=warn").isEqualTo(Severity.WARNING);
    }

    @Test
    void fieldsANewerAlertmanagerAddsAreIgnored() throws IOException {
        List<Alert> alerts = format.read(bytes("alertmanager-v4-notification-reason.json"));

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.dedupKey()).isEqualTo("e2b7c1d4f6a80935");
            assertThat(alert.summary()).as("alertname on instance when no annotation says more").isEqualTo("TargetDown on node-3:9100");
            assertThat(alert.severity()).as("no severity label").isEqualTo(Severity.WARNING);
            assertThat(alert.startsAt()).as("offsets are honoured").isEqualTo(Instant.parse("2026-11-20T07:10:00Z"));
        });
    }

    @Test
    void resolutionComesFromTheAlertsStatus() throws IOException {
        Alert resolved = format.read(bytes("alertmanager-v4-resolved.json")).getFirst();

        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.dedupKey()).isEqualTo("1a30ba71cca2921f");
        assertThat(resolved.eventKey()).isEqualTo("1a30ba71cca2921f|2026-11-20T08:01:15.123456789Z|resolved");
        assertThat(resolved.endsAt()).isEqualTo(Instant.parse("2026-11-20T08:31:15Z"));
    }

    @Test
    void anEndsAtInThePastDoesNotResolveAFiringAlert() throws IOException {
        Alert alert = format.read(utf8(delivery(alertJson("firing", "\"fingerprint\": \"abc\", \"endsAt\": \"2020-01-01T00:00:00Z\"")))).getFirst();

        assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
    }

    @Test
    void anAlertWithoutAFingerprintGetsTheOneAlertmanagerWouldHaveSent() throws IOException {
        String json = delivery("{\"status\": \"firing\", \"labels\": {\"name\": \"garland, briggs\", \"fear\": \"love is not enough\"}}");

        Alert alert = format.read(utf8(json)).getFirst();

        assertThat(alert.dedupKey()).isEqualTo("507a62d79ee76c9a");
        assertThat(alert.eventKey()).as("no startsAt").isEqualTo("507a62d79ee76c9a||firing");
        assertThat(alert.summary()).isEqualTo("alert 507a62d79ee76c9a");
    }

    @Test
    void anOverlongSummaryIsCutWithAnEllipsis() throws IOException {
        String json = delivery(alertJson("firing", "\"fingerprint\": \"abc\", \"annotations\": {\"summary\": \"" + "x".repeat(3000) + "\"}"));

        Alert alert = format.read(utf8(json)).getFirst();

        assertThat(alert.summary()).hasSize(Alert.MAX_SUMMARY_LENGTH).endsWith("x…");
    }

    @Test
    void grafanaExtrasBecomeLinksAndAnnotations() throws IOException {
        AlertmanagerFormat grafana = new AlertmanagerFormat(AlertSource.GRAFANA, AlertFixtures.json());

        Alert alert = grafana.read(bytes("grafana-v1-values.json")).getFirst();

        assertThat(alert.source()).isEqualTo(AlertSource.GRAFANA);
        assertThat(alert.dedupKey()).isEqualTo("57c6d9296de2ad39");
        assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(alert.summary()).isEqualTo("CPU above 90% on web-2");
        assertThat(alert.annotations()).containsEntry("values.B", "94.31").containsEntry("values.C", "1").containsEntry("ruleUID", "cdzk3a")
                .containsKey("valueString");
        assertThat(alert.links()).containsOnlyKeys("generator", "grafana", "silence", "dashboard", "panel", "image")
                .containsEntry("panel", "https://grafana.example.com/d/node-exporter?orgId=1&viewPanel=3");
    }

    @Test
    void aStatusOtherThanFiringOrResolvedIsRefusedByItsPath() {
        String json = delivery(alertJson("firing", "\"fingerprint\": \"a\"") + ", " + alertJson("pending", "\"fingerprint\": \"b\""));

        assertThatThrownBy(() -> format.read(utf8(json))).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
            assertThat(invalid.field()).isEqualTo("alerts[1].status");
            assertThat(invalid.value()).isEqualTo("pending");
        });
    }

    @Test
    void aMissingStatusIsRefused() {
        String json = delivery("{\"fingerprint\": \"a\"}");

        assertThatThrownBy(() -> format.read(utf8(json))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("alerts[0].status"));
    }

    @Test
    void aTimestampThatIsNotRfc3339IsRefusedByItsPath() {
        String json = delivery(alertJson("firing", "\"fingerprint\": \"a\", \"startsAt\": \"yesterday\""));

        assertThatThrownBy(() -> format.read(utf8(json))).isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
            assertThat(invalid.field()).isEqualTo("alerts[0].startsAt");
            assertThat(invalid.value()).isEqualTo("yesterday");
        });
    }

    @Test
    void aDeliveryWithoutAlertsIsRefused() {
        assertThatThrownBy(() -> format.read(utf8("{\"version\": \"4\"}"))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("alerts"));
    }

    @Test
    void aNullAlertIsRefusedByItsIndex() {
        assertThatThrownBy(() -> format.read(utf8(delivery("null")))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("alerts[0]"));
    }

    @Test
    void aLabelValueTheDomainRefusesIsNamedByItsPathInTheBody() {
        String json = delivery("{\"status\": \"firing\", \"fingerprint\": \"a\", \"labels\": {\"huge\": \"" + "v".repeat(Alert.MAX_VALUE_LENGTH + 1) + "\"}}");

        assertThatThrownBy(() -> format.read(utf8(json))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("alerts[0].labels.huge"));
    }

    @Test
    void aKnownFieldOfTheWrongTypeIsRefusedByJackson() {
        String json = delivery(alertJson("firing", "\"fingerprint\": \"a\"") + ", {\"status\": 7}");

        assertThatThrownBy(() -> format.read(utf8(json))).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> format.read(utf8("[1, 2]"))).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("body"));
    }

    static String delivery(String alerts) {
        return "{\"version\": \"4\", \"status\": \"firing\", \"groupKey\": \"{}:{}\", \"alerts\": [" + alerts + "]}";
    }

    static String alertJson(String status, String more) {
        return "{\"status\": \"" + status + "\", \"labels\": {\"alertname\": \"A\"}, " + more + "}";
    }
}
