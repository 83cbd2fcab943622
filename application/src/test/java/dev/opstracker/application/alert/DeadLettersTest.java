package dev.opstracker.application.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.InMemoryAlertStore;
import dev.opstracker.application.testing.InMemoryDeadLetterStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.DeadLetter;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final InMemoryAlertStore alerts = new InMemoryAlertStore(tasks);
    private final MutableClock clock = MutableClock.at("2026-11-20T10:00:00Z");
    private final AlertIntake intake = new AlertIntake(alerts, clock);
    private final DeadLetters deadLetters = new DeadLetters(new InMemoryDeadLetterStore(), intake, clock);

    @Test
    void aRejectedDeliveryIsKeptListedAndMarkedWhenReplayed() {
        DeadLetter letter = deadLetters.reject(AlertSource.GRAFANA, new byte[] {'x'}, "body is not JSON");
        clock.advance(Duration.ofSeconds(5));
        deadLetters.markReplayed(letter.id());

        assertThat(deadLetters.list(PageRequest.firstDefault()).items()).singleElement()
                .satisfies(kept -> assertThat(kept.replayedAt()).isEqualTo(clock.instant()));
        assertThat(deadLetters.get(letter.id()).problem()).isEqualTo("body is not JSON");
        assertThatThrownBy(() -> deadLetters.get(99)).isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> deadLetters.markReplayed(99)).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void aSourceWhoseDeliveriesKeepFailingGetsOneIntegrationBrokenTaskThatAGoodDeliveryResolves() {
        deadLetters.reject(AlertSource.GRAFANA, new byte[0], "bad 1");
        deadLetters.reject(AlertSource.GRAFANA, new byte[0], "bad 2");
        assertThat(intake.openIncident(AlertSource.GRAFANA, IntegrationHealth.SCOPE, IntegrationHealth.DEDUP_KEY)).isEmpty();

        deadLetters.reject(AlertSource.GRAFANA, new byte[0], "bad 3");
        deadLetters.reject(AlertSource.GRAFANA, new byte[0], "bad 4");
        Incident broken = intake.openIncident(AlertSource.GRAFANA, IntegrationHealth.SCOPE, IntegrationHealth.DEDUP_KEY).orElseThrow();
        assertThat(broken.occurrences()).isEqualTo(2);
        Task task = tasks.find(broken.taskId()).orElseThrow();
        assertThat(task.details().title()).isEqualTo("Deliveries from grafana keep failing: 3 rejected in the last hour");

        AlertOutcome good = intake.receive(AlertSource.GRAFANA, new byte[0], List.of(firing())).get(0);

        assertThat(good.kind()).isEqualTo(AlertOutcome.Kind.OPENED);
        assertThat(intake.openIncident(AlertSource.GRAFANA, IntegrationHealth.SCOPE, IntegrationHealth.DEDUP_KEY)).isEmpty();
        assertThat(tasks.find(broken.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.DONE);
    }

    @Test
    void rejectionsSpreadOverMoreThanTheWindowRaiseNothing() {
        deadLetters.reject(AlertSource.EVENTS, new byte[0], "bad 1");
        clock.advance(DeadLetters.BROKEN_WINDOW);
        deadLetters.reject(AlertSource.EVENTS, new byte[0], "bad 2");
        clock.advance(DeadLetters.BROKEN_WINDOW);
        deadLetters.reject(AlertSource.EVENTS, new byte[0], "bad 3");

        assertThat(intake.openIncident(AlertSource.EVENTS, IntegrationHealth.SCOPE, IntegrationHealth.DEDUP_KEY)).isEmpty();
    }

    private static Alert firing() {
        return new Alert(AlertSource.GRAFANA, null, "cpu", "cpu-1", AlertStatus.FIRING, Severity.WARNING, "CPU high", null, null, null, null, null, null);
    }
}
