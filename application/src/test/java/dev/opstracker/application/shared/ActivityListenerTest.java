package dev.opstracker.application.shared;

import dev.opstracker.application.storage.StorageWatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.alert.AlertComponents;
import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.application.alert.AlertRouting;
import dev.opstracker.application.alert.DeadLetters;
import dev.opstracker.application.infra.InfrastructureService;
import dev.opstracker.application.infra.TaskLinkService;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.task.TaskLifecycleListener;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.application.testing.InMemoryAlertStore;
import dev.opstracker.application.testing.InMemoryComponentRulesStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryDeadLetterStore;
import dev.opstracker.application.testing.InMemoryLinkedWork;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the use cases tell the activity listener, which the metrics count: each thing done once, and nothing that failed. */
class ActivityListenerTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T10:00:00Z");
    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final List<String> told = new ArrayList<>();
    private final ActivityListener recorder = new ActivityListener() {
        @Override
        public void taskOpened(Origin origin) {
            told.add("opened by " + origin);
        }

        @Override
        public void taskClosed(TaskStatus status, Origin origin) {
            told.add("closed " + status + " by " + origin);
        }

        @Override
        public void alertsApplied(AlertSource source, List<AlertOutcome> outcomes) {
            outcomes.forEach(outcome -> told.add("%s %s%s".formatted(source.wireName(), outcome.kind(), outcome.duplicate() ? " (duplicate)" : "")));
        }

        @Override
        public void deadLettered(AlertSource source) {
            told.add("dead letter " + source.wireName());
        }
    };
    private final TaskService service = new TaskService(tasks, TaskLifecycleListener.NONE, recorder, clock, StorageWatch.unwatched());

    private AlertIntake intake() {
        InMemoryComponentStore components = new InMemoryComponentStore();
        InfrastructureService infrastructure = new InfrastructureService(components, new InMemoryLinkedWork(tasks, components),
                InMemoryComponentRulesStore.rulesOver(components), clock);
        return new AlertIntake(new InMemoryAlertStore(tasks), AlertRouting.fixed(AlertRules.DEFAULT),
                new AlertComponents(infrastructure, new TaskLinkService(tasks, components, clock)), TaskLifecycleListener.NONE, recorder, clock);
    }

    private static Alert alert(AlertStatus status, String summary) {
        return new Alert(AlertSource.GRAFANA, null, "cpu", "cpu-1", status, Severity.WARNING, summary, null, null, null, null, null, null);
    }

    /** The resolution of {@link #alert}'s problem: the same dedup key, another event. */
    private static Alert resolution() {
        return new Alert(AlertSource.GRAFANA, null, "cpu", "cpu-1/resolved", AlertStatus.RESOLVED, Severity.WARNING, "CPU back to normal", null, null,
                null, null, null, null);
    }

    @Test
    void aTaskCreatedAndClosedIsToldOnceEachWithTheClosedStatus() {
        Task task = service.create(TaskDetails.titled("Rotate TLS cert"));
        service.changeStatus(new ChangeTaskStatusCommand(task.id(), TaskStatus.IN_PROGRESS, null));
        service.changeStatus(new ChangeTaskStatusCommand(task.id(), TaskStatus.CANCELLED, "not needed"));

        assertThat(told).containsExactly("opened by USER", "closed CANCELLED by USER");
    }

    @Test
    void aRefusedStatusChangeIsNotToldAsAClose() {
        Task task = service.create(TaskDetails.titled("Rotate TLS cert"));
        service.changeStatus(new ChangeTaskStatusCommand(task.id(), TaskStatus.DONE, null));

        assertThatThrownBy(() -> service.changeStatus(new ChangeTaskStatusCommand(task.id(), TaskStatus.CANCELLED, null)))
                .isInstanceOf(DomainException.Conflict.class);
        assertThat(told).containsExactly("opened by USER", "closed DONE by USER");
    }

    @Test
    void alertOutcomesAreToldPerSourceAndASendersRepeatIsToldAsADuplicateThatOpensNoTask() {
        AlertIntake intake = intake();
        Alert fired = alert(AlertStatus.FIRING, "CPU high");

        intake.receive(AlertSource.GRAFANA, new byte[] {1}, List.of(fired));
        intake.receive(AlertSource.GRAFANA, new byte[] {1}, List.of(fired));

        assertThat(told).containsExactly("grafana OPENED", "opened by ALERT", "grafana OPENED (duplicate)");
    }

    @Test
    void anAlertResolvingItsTaskIsToldAsAClosingByAlertOnceAndTheSendersRepeatOfTheResolutionIsNot() {
        AlertIntake intake = intake();
        Alert resolved = resolution();

        intake.receive(AlertSource.GRAFANA, new byte[] {1}, List.of(alert(AlertStatus.FIRING, "CPU high")));
        intake.receive(AlertSource.GRAFANA, new byte[] {2}, List.of(resolved));
        intake.receive(AlertSource.GRAFANA, new byte[] {2}, List.of(resolved));

        assertThat(told).containsExactly("grafana OPENED", "opened by ALERT", "grafana RESOLVED", "closed DONE by ALERT", "grafana RESOLVED (duplicate)");
    }

    @Test
    void aResolutionThatLeavesItsTaskOpenBecauseSomeoneStartedWorkIsNotToldAsAClosing() {
        AlertIntake intake = intake();
        List<AlertOutcome> opened = intake.receive(AlertSource.GRAFANA, new byte[] {1}, List.of(alert(AlertStatus.FIRING, "CPU high")));
        service.changeStatus(new ChangeTaskStatusCommand(opened.getFirst().taskId(), TaskStatus.IN_PROGRESS, null));

        List<AlertOutcome> resolved = intake.receive(AlertSource.GRAFANA, new byte[] {2}, List.of(resolution()));

        assertThat(resolved.getFirst().closedTask()).isFalse();
        assertThat(tasks.find(opened.getFirst().taskId()).orElseThrow().status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(told).containsExactly("grafana OPENED", "opened by ALERT", "grafana RESOLVED");
    }

    @Test
    void aRejectedDeliveryIsToldAsADeadLetterOfItsSource() {
        DeadLetters deadLetters = new DeadLetters(new InMemoryDeadLetterStore(), intake(), recorder, clock);

        deadLetters.reject(AlertSource.EVENTS, new byte[] {'x'}, "body is not JSON");

        assertThat(told).containsExactly("dead letter events");
    }
}
