package dev.opstracker.application.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.alert.AlertComponents;
import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.application.alert.AlertRouting;
import dev.opstracker.application.infra.CreateComponentCommand;
import dev.opstracker.application.infra.InfrastructureService;
import dev.opstracker.application.infra.TaskLinkService;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.application.testing.InMemoryAlertStore;
import dev.opstracker.application.testing.InMemoryComponentRulesStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryLinkedWork;
import dev.opstracker.application.testing.InMemoryRunbookStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertRule;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.ComponentMapping;
import dev.opstracker.domain.alert.IntakePolicy;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.alert.TaskDefaults;
import dev.opstracker.domain.alert.Threshold;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookScope;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.StoredRunbook;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunbookSuggestionsTest {

    private static final RunbookSlug SLUG = new RunbookSlug("free-disk-space-on-a-prod-node");

    private final MutableClock clock = MutableClock.at("2026-11-25T09:00:00Z");
    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final InMemoryComponentStore componentStore = new InMemoryComponentStore();
    private final InMemoryAlertStore alerts = new InMemoryAlertStore(tasks);
    private final InMemoryRunbookStore runbooks = new InMemoryRunbookStore();
    private final InfrastructureService infrastructure = new InfrastructureService(componentStore, new InMemoryLinkedWork(tasks, componentStore),
            InMemoryComponentRulesStore.rulesOver(componentStore), clock);
    private final RunbookSuggestions suggestions = new RunbookSuggestions(tasks, alerts, componentStore, runbooks, clock);
    private final AlertIntake intake = intake();
    private final TaskService taskService = new TaskService(tasks, suggestions, clock);

    RunbookSuggestionsTest() {
        Component aws = infrastructure.create(new CreateComponentCommand(new ComponentDetails(ComponentKind.parse("provider"), "aws", Provider.AWS, null,
                Map.of("env", "prod")), null));
        infrastructure.create(new CreateComponentCommand(ComponentDetails.of("node", "node-7"), aws.id()));
        Component staging = infrastructure.create(new CreateComponentCommand(new ComponentDetails(ComponentKind.parse("provider"), "lab", Provider.AWS,
                null, Map.of("env", "staging")), null));
        infrastructure.create(new CreateComponentCommand(ComponentDetails.of("node", "node-8"), staging.id()));
        // learnt from another alert: it matches by the component's kind and its inherited tags
        Runbook runbook = new Runbook(SLUG, "Free disk space on a prod node", "", RunbookScope.of(Set.of("HighInodeUsage"), Set.of("node"),
                Map.of("env", "prod")), List.of(), List.of(), List.of(), List.of(), null, List.of(TaskId.of(99)));
        runbooks.save(runbook, 1, "{}", clock.instant());
    }

    private AlertIntake intake() {
        ComponentMapping instance = new ComponentMapping("instance", "kind:node name~{value}", ComponentMapping.Unknown.TAG, ComponentKind.parse("node"), true);
        AlertRule rule = new AlertRule("disks", Set.of(), List.of(), IntakePolicy.DEFAULT.ungrouped(), Threshold.NONE, TaskDefaults.NONE,
                List.of(instance), List.of());
        AlertComponents components = new AlertComponents(infrastructure, new TaskLinkService(tasks, componentStore, clock));
        return new AlertIntake(alerts, AlertRouting.fixed(AlertRules.of(rule)), components, suggestions, clock);
    }

    private AlertOutcome receive(String fingerprint, String instance, AlertStatus status) {
        Alert alert = new Alert(AlertSource.ALERTMANAGER, null, fingerprint, fingerprint + "/" + status, status, Severity.WARNING, "Disk almost full",
                Map.of("alertname", "HighDiskUsage", "instance", instance), null, null, null, null, null);
        return intake.receive(AlertSource.ALERTMANAGER, new byte[0], List.of(alert)).getFirst();
    }

    private StoredRunbook stored() {
        return runbooks.find(SLUG).orElseThrow();
    }

    @Test
    void anAlertOpeningATaskOnAMatchingComponentGetsTheRunbookAttachedAndCountedOnce() {
        AlertOutcome opened = receive("fp-1", "node-7:9100", AlertStatus.FIRING);
        receive("fp-1", "node-7:9100", AlertStatus.FIRING);
        suggestions.attachTo(opened.taskId());

        assertThat(runbooks.attachedTo(opened.taskId())).containsExactly(SLUG);
        assertThat(stored().timesUsed()).isEqualTo(1);
        assertThat(stored().timesResolved()).isZero();
    }

    @Test
    void anAlertOnAComponentOutsideTheScopeGetsNoRunbook() {
        AlertOutcome opened = receive("fp-2", "node-8:9100", AlertStatus.FIRING);

        assertThat(runbooks.attachedTo(opened.taskId())).isEmpty();
        assertThat(stored().timesUsed()).isZero();
    }

    @Test
    void anAlertNamedInTheScopeGetsTheRunbookWithoutAnyComponent() {
        Alert alert = new Alert(AlertSource.ALERTMANAGER, null, "fp-3", "fp-3/firing", AlertStatus.FIRING, Severity.WARNING, "Inodes almost exhausted",
                Map.of("alertname", "HighInodeUsage"), null, null, null, null, null);
        TaskId task = intake.receive(AlertSource.ALERTMANAGER, new byte[0], List.of(alert)).getFirst().taskId();

        assertThat(runbooks.attachedTo(task)).containsExactly(SLUG);
    }

    @Test
    void theAlertResolvingTheTaskCountsItAsResolvedOnce() {
        AlertOutcome opened = receive("fp-1", "node-7:9100", AlertStatus.FIRING);

        AlertOutcome resolved = receive("fp-1", "node-7:9100", AlertStatus.RESOLVED);
        receive("fp-1", "node-7:9100", AlertStatus.RESOLVED);

        assertThat(resolved.kind()).isEqualTo(AlertOutcome.Kind.RESOLVED);
        assertThat(tasks.find(opened.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.DONE);
        assertThat(stored().timesResolved()).isEqualTo(1);
        assertThat(suggestions.countResolved(opened.taskId())).isFalse();
    }

    @Test
    void aPersonClosingTheTaskDoneCountsItOnceAndCancellingDoesNot() {
        TaskId done = receive("fp-1", "node-7:9100", AlertStatus.FIRING).taskId();
        TaskId cancelled = receive("fp-4", "node-7:9100", AlertStatus.FIRING).taskId();

        taskService.changeStatus(new ChangeTaskStatusCommand(cancelled, TaskStatus.CANCELLED, "false alarm", OptionalLong.empty()));
        taskService.changeStatus(new ChangeTaskStatusCommand(done, TaskStatus.DONE, "cleaned /var/log", OptionalLong.empty()));

        assertThat(stored().timesUsed()).isEqualTo(2);
        assertThat(stored().timesResolved()).isEqualTo(1);
    }

    @Test
    void aTaskNoAlertOpenedOrThatIsGoneGetsNothing() {
        Task manual = tasks.add(Task.create(TaskDetails.titled("Look at the disks"), clock.instant()));

        assertThat(suggestions.attachTo(manual.id())).isEmpty();
        assertThat(suggestions.attachTo(TaskId.of(404))).isEmpty();
        assertThat(suggestions.countResolved(TaskId.of(404))).isFalse();
        assertThat(Optional.of(stored().timesUsed())).contains(0L);
    }
}
