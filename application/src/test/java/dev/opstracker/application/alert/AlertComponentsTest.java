package dev.opstracker.application.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.infra.CreateComponentCommand;
import dev.opstracker.application.infra.InfrastructureService;
import dev.opstracker.application.infra.TaskLinkService;
import dev.opstracker.application.testing.InMemoryAlertStore;
import dev.opstracker.application.testing.InMemoryComponentRulesStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryLinkedWork;
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
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertComponentsTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T10:00:00Z");
    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final InMemoryComponentStore componentStore = new InMemoryComponentStore();
    private final InfrastructureService infrastructure = new InfrastructureService(componentStore, new InMemoryLinkedWork(tasks, componentStore),
            InMemoryComponentRulesStore.rulesOver(componentStore), clock);
    private final TaskLinkService links = new TaskLinkService(tasks, componentStore, clock);
    private final AlertComponents components = new AlertComponents(infrastructure, links);
    private final Component node7;

    AlertComponentsTest() {
        Component aws = infrastructure.create(new CreateComponentCommand(new ComponentDetails(ComponentKind.parse("provider"), "aws", Provider.AWS, null,
                Map.of()), null));
        node7 = infrastructure.create(new CreateComponentCommand(ComponentDetails.of("node", "node-7"), aws.id()));
    }

    @Test
    void aTaskOpenedByAnAlertIsLinkedToTheComponentItsInstanceLabelNames() {
        AlertOutcome opened = intake(ComponentMapping.Unknown.TAG, List.of()).receive(AlertSource.ALERTMANAGER, new byte[0],
                List.of(alert("fp-1", "node-7:9100"))).get(0);

        assertThat(linksOf(opened)).singleElement().satisfies(link -> {
            assertThat(link.componentId()).isEqualTo(node7.id());
            assertThat(link.role()).isEqualTo(LinkRole.AFFECTED);
        });
    }

    @Test
    void twoMonitorsNamingOneServerDifferentlyAgreeOnOneProblemWhenTheRuleKeysByTheComponent() {
        AlertIntake intake = intake(ComponentMapping.Unknown.TAG, List.of("alertname", "instance"));

        AlertOutcome first = intake.receive(AlertSource.ALERTMANAGER, new byte[0], List.of(alert("prometheus-a", "node-7:9100"))).get(0);
        AlertOutcome second = intake.receive(AlertSource.ALERTMANAGER, new byte[0], List.of(alert("prometheus-b", "node-7:9182"))).get(0);

        assertThat(first.kind()).isEqualTo(AlertOutcome.Kind.OPENED);
        assertThat(second.kind()).isEqualTo(AlertOutcome.Kind.FOLDED);
        assertThat(second.taskId()).isEqualTo(first.taskId());
        assertThat(intake.openIncident(AlertSource.ALERTMANAGER, "", "disks|alertname=HighDiskUsage|instance=aws/node-7")).isPresent();
    }

    @Test
    void anUnknownServerIsRegisteredBelowUnresolvedWhenTheRuleSaysSoAndTheTaskLinksToIt() {
        AlertOutcome opened = intake(ComponentMapping.Unknown.REGISTER, List.of()).receive(AlertSource.ALERTMANAGER, new byte[0],
                List.of(alert("fp-1", "db 9/primary:5432"))).get(0);

        Component registered = infrastructure.getByPath(ComponentPath.parse("unresolved/db-9-primary"));
        assertThat(registered.kind().name()).isEqualTo("node");
        assertThat(linksOf(opened)).extracting(TaskLink::componentId).containsExactly(registered.id());

        AlertOutcome again = intake(ComponentMapping.Unknown.REGISTER, List.of()).receive(AlertSource.ALERTMANAGER, new byte[0],
                List.of(alert("fp-2", "db 9/primary:5432"))).get(0);
        assertThat(linksOf(again)).extracting(TaskLink::componentId).containsExactly(registered.id());
    }

    @Test
    void anUnknownServerIsOnlyKeptAsALabelWhenTheRuleSaysTag() {
        AlertOutcome opened = intake(ComponentMapping.Unknown.TAG, List.of()).receive(AlertSource.ALERTMANAGER, new byte[0],
                List.of(alert("fp-1", "db-9:5432"))).get(0);

        assertThat(linksOf(opened)).isEmpty();
        assertThat(infrastructure.findByPath(ComponentPath.root("unresolved"))).isEmpty();
        assertThat(tasks.find(opened.taskId()).orElseThrow().details().attributes()).containsEntry("instance", "db-9:5432");
    }

    @Test
    void valuesThatCannotNameAComponentAreLeftAsLabels() {
        AlertOutcome opened = intake(ComponentMapping.Unknown.REGISTER, List.of()).receive(AlertSource.ALERTMANAGER, new byte[0],
                List.of(alert("fp-1", "::::"))).get(0);

        assertThat(linksOf(opened)).isEmpty();
        assertThat(ComponentNames.of("x".repeat(200)).orElseThrow()).hasSize(128);
    }

    @Test
    void aComponentDeletedBeforeItsLinkIsSkippedAndTheAlertsTaskKept() {
        Component doomed = infrastructure.create(new CreateComponentCommand(ComponentDetails.of("node", "node-9"), node7.parentId()));
        infrastructure.delete(doomed.id(), OptionalLong.empty(), false);
        Task task = tasks.add(Task.create(TaskDetails.titled("Disk almost full"), clock.instant()));

        components.link(task.id(), List.of(doomed));

        assertThat(links.componentsOfTask(task.id(), PageRequest.firstDefault()).items()).isEmpty();
    }

    private AlertIntake intake(ComponentMapping.Unknown unknown, List<String> dedupBy) {
        ComponentMapping instance = new ComponentMapping("instance", "kind:node name~{value}", unknown, ComponentKind.parse("node"), true);
        AlertRule rule = new AlertRule("disks", Set.of(), List.of(), IntakePolicy.DEFAULT.ungrouped(), Threshold.NONE, TaskDefaults.NONE,
                List.of(instance), dedupBy);
        return new AlertIntake(new InMemoryAlertStore(tasks), AlertRouting.fixed(AlertRules.of(rule)), components, clock);
    }

    private List<TaskLink> linksOf(AlertOutcome outcome) {
        return links.componentsOfTask(outcome.taskId(), PageRequest.firstDefault()).items();
    }

    private static Alert alert(String fingerprint, String instance) {
        return new Alert(AlertSource.ALERTMANAGER, null, fingerprint, fingerprint + "/firing", AlertStatus.FIRING, Severity.WARNING,
                "Disk almost full", Map.of("alertname", "HighDiskUsage", "instance", instance), null, null, null, null, null);
    }
}
