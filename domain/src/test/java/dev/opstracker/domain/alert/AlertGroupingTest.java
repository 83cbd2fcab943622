package dev.opstracker.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertGroupingTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void theKeyIsTheGroupingLabelsTheAlertHasInTheOrderGiven() {
        Alert alert = labelled(Map.of("alertname", "HighDiskUsage", "cluster", "prod-eks", "instance", "node-7"));

        assertThat(AlertGrouping.keyOf(alert, AlertGrouping.DEFAULT_LABELS)).contains("alertname=HighDiskUsage,cluster=prod-eks");
    }

    @Test
    void anAlertWithoutTheFirstGroupingLabelIsNotGrouped() {
        assertThat(AlertGrouping.keyOf(labelled(Map.of("cluster", "prod-eks")), AlertGrouping.DEFAULT_LABELS)).isEmpty();
        assertThat(AlertGrouping.keyOf(labelled(Map.of("alertname", "X")), List.of())).isEmpty();
    }

    @Test
    void commasInValuesCannotMakeTwoDifferentLabelSetsLookAlike() {
        Optional<String> commaInName = AlertGrouping.keyOf(labelled(Map.of("alertname", "a,cluster=b")), AlertGrouping.DEFAULT_LABELS);
        Optional<String> twoLabels = AlertGrouping.keyOf(labelled(Map.of("alertname", "a", "cluster", "b")), AlertGrouping.DEFAULT_LABELS);

        assertThat(commaInName).isNotEqualTo(twoLabels);
    }

    @Test
    void groupingLabelsMustBeLabelNamesAndTheWindowMustNotBeNegative() {
        assertThatThrownBy(() -> new IntakePolicy(true, IntakePolicy.Refire.REOPEN, Map.of(), List.of("bad label"), Duration.ZERO))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("groupBy"));
        assertThatThrownBy(() -> new IntakePolicy(true, IntakePolicy.Refire.REOPEN, Map.of(), List.of(), Duration.ofSeconds(-1)))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("groupWindow"));
        assertThat(IntakePolicy.DEFAULT.ungrouped().groupBy()).isEmpty();
    }

    @Test
    void aGroupTakesNewMembersWithinTheWindowOfItsLastOneUntilSealed() {
        AlertGroup group = AlertGroup.opening("alertname=X", TaskId.of(1), NOW).withId(3);
        AlertGroup joined = group.joined(NOW.plusSeconds(500));

        assertThat(group.takes(NOW.plusSeconds(600), Duration.ofMinutes(10))).isTrue();
        assertThat(group.takes(NOW.plusSeconds(601), Duration.ofMinutes(10))).isFalse();
        assertThat(joined.members()).isEqualTo(2);
        assertThat(joined.takes(NOW.plusSeconds(1000), Duration.ofMinutes(10))).isTrue();
        assertThat(joined.sealed().takes(NOW.plusSeconds(501), Duration.ofMinutes(10))).isFalse();
        assertThat(joined.id()).isEqualTo(3);
    }

    private static Alert labelled(Map<String, String> labels) {
        return new Alert(AlertSource.ALERTMANAGER, null, "k", "e", AlertStatus.FIRING, Severity.WARNING, "s", labels, null, null, null, null, null);
    }
}
