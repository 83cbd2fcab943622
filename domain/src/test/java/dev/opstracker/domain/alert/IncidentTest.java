package dev.opstracker.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:05:00Z");

    @Test
    void anIncidentKeepsTheAlertnameLabelOfTheAlertThatStartedItThroughItsLife() {
        Incident opened = Incident.opening(Alerts.firing("fp1"), TaskId.of(42), NOW);

        assertThat(opened.alertName()).isEqualTo("HighDiskUsage");
        assertThat(opened.summary()).isEqualTo("Disk almost full on node-7");
        assertThat(opened.folding(withLabels(Map.of("alertname", "Other")), NOW).resolving(Alerts.firing("fp1"), NOW).alertName())
                .isEqualTo("HighDiskUsage");
        assertThat(Incident.pending(Alerts.firing("fp1"), NOW).promoted(TaskId.of(42)).alertName()).isEqualTo("HighDiskUsage");
    }

    @Test
    void anAlertWithoutAnAlertnameLabelStartsAnIncidentWithoutAName() {
        assertThat(Incident.opening(withLabels(Map.of("source", "pagerduty")), TaskId.of(42), NOW).alertName()).isNull();
        assertThat(Incident.pending(withLabels(Map.of("alertname", "  ")), NOW).alertName()).isNull();
    }

    @Test
    void aLongAlertnameIsCutToTheLongestNameKeptAndALongerNameIsRejected() {
        String longName = "N".repeat(Incident.MAX_ALERT_NAME_LENGTH + 10);

        Incident opened = Incident.opening(withLabels(Map.of("alertname", " " + longName)), TaskId.of(42), NOW);

        assertThat(opened.alertName()).hasSize(Incident.MAX_ALERT_NAME_LENGTH);
        assertThatThrownBy(() -> new Incident(1, AlertSource.GENERIC, "", "key", null, AlertStatus.FIRING, Severity.WARNING, "Disk full", longName,
                null, null, NOW, NOW, null, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alertName");
    }

    private static Alert withLabels(Map<String, String> labels) {
        Alert alert = Alerts.firing("fp1");
        return new Alert(alert.source(), alert.scope(), alert.dedupKey(), alert.eventKey(), alert.status(), alert.severity(), alert.summary(), labels,
                alert.annotations(), alert.startsAt(), alert.endsAt(), alert.links(), alert.groupKey());
    }
}
