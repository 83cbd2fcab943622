package dev.opstracker.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertTest {

    @Test
    void aBlankDedupKeyIsRefusedNamingTheField() {
        assertThatThrownBy(() -> withKey(AlertSource.GENERIC, "  "))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("dedupKey"));
    }

    @Test
    void eventsDedupKeysStopAt255CharactersAsPagerDutysDoWhileGenericKeysMayHave512() {
        assertThat(withKey(AlertSource.EVENTS, "k".repeat(255)).dedupKey()).hasSize(255);
        assertThatThrownBy(() -> withKey(AlertSource.EVENTS, "k".repeat(256)))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.getMessage()).contains("at most 255 characters"));
        assertThat(withKey(AlertSource.GENERIC, "k".repeat(512)).dedupKey()).hasSize(512);
        assertThatThrownBy(() -> withKey(AlertSource.GENERIC, "k".repeat(513))).isInstanceOf(DomainException.InvalidInput.class);
    }

    @Test
    void aLabelWithoutAValueIsRefusedNamingTheLabel() {
        Map<String, String> labels = new HashMap<>();
        labels.put("instance", null);
        assertThatThrownBy(() -> new Alert(AlertSource.GENERIC, null, "k", "e", AlertStatus.FIRING, Severity.INFO, "s", labels, null, null, null, null, null))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("labels.instance"));
    }

    @Test
    void tooManyLabelsAreRefused() {
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i <= Alert.MAX_ENTRIES; i++) {
            labels.put("l" + i, "v");
        }
        assertThatThrownBy(() -> new Alert(AlertSource.GENERIC, null, "k", "e", AlertStatus.FIRING, Severity.INFO, "s", labels, null, null, null, null, null))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("labels"));
    }

    @Test
    void aLongSummaryMakesAHeadlineCutWithAnEllipsis() {
        Alert alert = new Alert(AlertSource.GENERIC, null, "k", "e", AlertStatus.FIRING, Severity.INFO, "x".repeat(300), null, null, null, null, null, " ");
        assertThat(alert.headline(200)).hasSize(200).endsWith("…");
        assertThat(alert.groupKey()).isNull();
        assertThat(alert.scope()).isEmpty();
    }

    @Test
    void instantsAreKeptToTheMicrosecond() {
        Alert alert = Alerts.alert("k", AlertStatus.FIRING, Instant.parse("2026-01-01T00:00:00.123456789Z"), null);
        assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
    }

    @Test
    void sourcesAndSeveritiesAreReadByName() {
        assertThat(AlertSource.parse("source", " Grafana ")).isEqualTo(AlertSource.GRAFANA);
        assertThatThrownBy(() -> AlertSource.parse("source", "nagios")).hasMessageContaining("alertmanager, grafana, events, generic");
        assertThat(Severity.parse("severity", "Warning")).isEqualTo(Severity.WARNING);
        assertThatThrownBy(() -> Severity.parse("severity", "page")).hasMessageContaining("critical, error, warning, info");
        assertThatThrownBy(() -> Severity.parse("severity", null)).isInstanceOf(DomainException.InvalidInput.class);
        assertThat(Severity.lenient("page")).contains(Severity.CRITICAL);
        assertThat(Severity.lenient("high")).contains(Severity.ERROR);
        assertThat(Severity.lenient("warn")).contains(Severity.WARNING);
        assertThat(Severity.lenient("P4")).contains(Severity.INFO);
        assertThat(Severity.lenient("purple")).isEmpty();
        assertThat(Severity.lenient(null)).isEmpty();
    }

    private static Alert withKey(AlertSource source, String key) {
        return new Alert(source, null, key, "event", AlertStatus.FIRING, Severity.WARNING, "summary", null, null, null, null, null, null);
    }
}
