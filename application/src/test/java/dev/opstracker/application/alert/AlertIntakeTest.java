package dev.opstracker.application.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.InMemoryAlertStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertRule;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.IntakePolicy;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.alert.TaskDefaults;
import dev.opstracker.domain.alert.Threshold;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.TaskStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertIntakeTest {

    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final InMemoryAlertStore store = new InMemoryAlertStore(tasks);
    private final MutableClock clock = MutableClock.at("2026-11-20T10:00:00Z");
    private final AlertIntake intake = new AlertIntake(store, clock);

    @Test
    void aBodyOverTheKeptLimitIsKeptCutWithItsTrueSize() {
        byte[] body = new byte[AlertIntake.MAX_KEPT_BODY_BYTES + 10];
        Arrays.fill(body, (byte) 'a');
        // A two-byte character straddling the limit is dropped, not half kept.
        body[AlertIntake.MAX_KEPT_BODY_BYTES - 1] = (byte) 0xC3;
        body[AlertIntake.MAX_KEPT_BODY_BYTES] = (byte) 0xA9;

        intake.receive(AlertSource.GENERIC, body, List.of(generic("k")));

        assertThat(store.deliveries()).singleElement().satisfies(delivery -> {
            assertThat(delivery.truncated()).isTrue();
            assertThat(delivery.size()).isEqualTo(body.length);
            assertThat(delivery.body()).hasSize(AlertIntake.MAX_KEPT_BODY_BYTES - 1).doesNotContain("\uFFFD");
        });
    }

    @Test
    void bytesThatAreNotUtf8AreKeptAsReplacementCharacters() {
        intake.receive(AlertSource.GENERIC, new byte[] {'{', (byte) 0xFF, '}'}, List.of(generic("k")));

        assertThat(store.deliveries().get(0).body()).isEqualTo("{\uFFFD}");
    }

    @Test
    void aDeliveryWithTooManyAlertsIsRefusedAndNothingIsKept() {
        List<Alert> alerts = Collections.nCopies(AlertIntake.MAX_ALERTS_PER_DELIVERY + 1, generic("k"));

        assertThatThrownBy(() -> intake.receive(AlertSource.GENERIC, new byte[0], alerts))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("alerts"));
        assertThat(store.deliveryCount()).isZero();
    }

    @Test
    void anAlertOfAnotherSourceIsAProgrammingError() {
        assertThatThrownBy(() -> intake.receive(AlertSource.GRAFANA, new byte[0], List.of(generic("k"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("generic alert in a grafana delivery");
    }

    @Test
    void thePolicyGivenDecidesPriorityAndWhetherResolutionCloses() {
        IntakePolicy policy = new IntakePolicy(false, IntakePolicy.Refire.NEW_TASK, Map.of(Severity.WARNING, Priority.P1), List.of(), Duration.ZERO);
        AlertIntake keepOpen = new AlertIntake(store, clock, AlertRules.of(new AlertRule("keep-open", Set.of(), List.of(), policy, Threshold.NONE,
                TaskDefaults.NONE)));
        AlertOutcome opened = keepOpen.receive(AlertSource.GENERIC, "{}".getBytes(StandardCharsets.UTF_8), List.of(generic("k"))).get(0);
        Alert resolved = new Alert(AlertSource.GENERIC, null, "k", "k-resolved", AlertStatus.RESOLVED, Severity.WARNING, "s", null, null, null, null, null, null);
        keepOpen.receive(AlertSource.GENERIC, new byte[0], List.of(resolved));

        assertThat(tasks.find(opened.taskId()).orElseThrow().details().priority()).isEqualTo(Priority.P1);
        assertThat(tasks.find(opened.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.OPEN);
        assertThat(keepOpen.openIncident(AlertSource.GENERIC, null, "k")).isEmpty();
        assertThat(keepOpen.incidentsOf(opened.taskId())).hasSize(1);
    }

    private static Alert generic(String key) {
        return new Alert(AlertSource.GENERIC, null, key, key + "-firing", AlertStatus.FIRING, Severity.WARNING, "Backup job failed", null, null, null, null,
                null, null);
    }
}
