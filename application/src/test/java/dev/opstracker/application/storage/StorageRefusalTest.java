package dev.opstracker.application.storage;

import dev.opstracker.application.testing.InMemoryAuditStore;
import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.application.shared.ActivityListener;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.application.alert.AlertRouting;
import dev.opstracker.application.alert.DeadLetters;
import dev.opstracker.application.command.KeyRotation;
import dev.opstracker.application.infra.ComponentImport;
import dev.opstracker.application.infra.ComponentRow;
import dev.opstracker.application.infra.CreateComponentCommand;
import dev.opstracker.application.infra.InfrastructureRules;
import dev.opstracker.application.infra.InfrastructureService;
import dev.opstracker.application.infra.TaskLinkService;
import dev.opstracker.application.infra.UpdateComponentCommand;
import dev.opstracker.application.security.TokenService;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.task.TaskLifecycleListener;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.application.task.UpdateTaskCommand;
import dev.opstracker.application.testing.InMemoryAlertRulesStore;
import dev.opstracker.application.testing.InMemoryAlertStore;
import dev.opstracker.application.testing.InMemoryCommandRunStore;
import dev.opstracker.application.testing.InMemoryComponentRulesStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryDeadLetterStore;
import dev.opstracker.application.testing.InMemoryLinkedWork;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.InMemoryTokenStore;
import dev.opstracker.application.testing.JdkCipher;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.SettableDiskSpace;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentChanges;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.storage.StorageCondition;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskChanges;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Past the critical level every change to tasks, the infrastructure map, alert rules and tokens is refused; alert intake goes on. */
class StorageRefusalTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T08:00:00Z");
    private final AuditLog audit = new AuditLog(new InMemoryAuditStore(), clock);
    private final SettableDiskSpace disk = SettableDiskSpace.roomy();
    private final StorageWatch storage = new StorageWatch(disk, StorageSettings.DEFAULT, clock, StorageWatch.Listener.NONE);
    private final InMemoryTaskStore taskStore = new InMemoryTaskStore();
    private final InMemoryComponentStore componentStore = new InMemoryComponentStore();
    private final InMemoryAlertStore alertStore = new InMemoryAlertStore(taskStore);
    private final TaskService tasks = new TaskService(taskStore, TaskLifecycleListener.NONE, ActivityListener.NONE, clock, storage);
    private final InfrastructureRules rules = new InfrastructureRules(new InMemoryComponentRulesStore(componentStore), storage);
    private final InfrastructureService infrastructure = new InfrastructureService(componentStore, new InMemoryLinkedWork(taskStore, componentStore),
            rules, clock, storage);
    private final TaskLinkService links = new TaskLinkService(taskStore, componentStore, clock, storage);
    private final ComponentImport componentImport = new ComponentImport(componentStore, rules, clock, storage);
    private final AlertRouting routing = new AlertRouting(new InMemoryAlertRulesStore(), audit, clock, storage);
    private final AlertIntake intake = new AlertIntake(alertStore, routing, clock);
    private final DeadLetters deadLetters = new DeadLetters(new InMemoryDeadLetterStore(), intake, clock);
    private final TokenService tokens = new TokenService(new InMemoryTokenStore(), audit, clock, storage);
    private final KeyRotation rotation = new KeyRotation(new InMemoryCommandRunStore(), new JdkCipher(), storage);

    private void storageFills() {
        disk.full();
        clock.advance(StorageSettings.DEFAULT_CHECK_INTERVAL);
    }

    private static void refused(ThrowingCallable change) {
        assertThatThrownBy(change).isInstanceOf(DomainException.StorageFull.class)
                .hasMessageContaining("below the critical threshold")
                .hasMessageContaining(StorageCondition.STILL_WORKING);
    }

    @Test
    void everyChangeToTasksIsRefusedBeforeAnythingIsReadOrStoredWhileReadsGoOn() {
        Task task = tasks.create(TaskFixtures.aTask().build());
        storageFills();

        refused(() -> tasks.create(TaskFixtures.aTask().build()));
        refused(() -> tasks.update(new UpdateTaskCommand(task.id(), OptionalLong.empty(), TaskChanges.none())));
        refused(() -> tasks.changeStatus(new ChangeTaskStatusCommand(task.id(), TaskStatus.IN_PROGRESS, null)));
        refused(() -> tasks.delete(task.id(), OptionalLong.empty()));

        assertThat(tasks.get(task.id())).isEqualTo(task);
        assertThat(tasks.list(TaskFilter.any(), PageRequest.firstDefault()).items()).containsExactly(task);
    }

    @Test
    void everyChangeToTheInfrastructureMapItsRulesAndLinksIsRefused() {
        Task task = tasks.create(TaskFixtures.aTask().build());
        Component cluster = infrastructure.create(new CreateComponentCommand(ComponentDetails.of("cluster", "prod-eks").withProvider(Provider.AWS), null));
        storageFills();

        refused(() -> infrastructure.create(new CreateComponentCommand(ComponentDetails.of("service", "checkout"), cluster.id())));
        refused(() -> infrastructure.update(new UpdateComponentCommand(cluster.id(), OptionalLong.empty(), ComponentChanges.none())));
        refused(() -> infrastructure.delete(cluster.id(), OptionalLong.empty(), true));
        refused(() -> links.link(task.id(), cluster.id(), LinkRole.AFFECTED));
        refused(() -> links.unlink(task.id(), cluster.id(), LinkRole.AFFECTED));
        refused(() -> componentImport.upsert(List.of(new ComponentRow(1, ComponentPath.parse("prod-eks/web"), new ComponentKind("service"), null,
                null, Map.of()))));
        refused(() -> rules.registerKind(new ComponentKind("rack"), "a rack"));
        refused(() -> rules.unregisterKind(new ComponentKind("rack")));
        refused(() -> rules.replaceParentingRules(ParentingRules.permissive(), true));

        assertThat(infrastructure.search("", PageRequest.firstDefault()).items()).containsExactly(cluster);
        assertThat(links.componentsOfTask(task.id(), PageRequest.firstDefault()).items()).isEmpty();
    }

    @Test
    void alertIntakeGoesOnOpeningTasksAndKeepingRefusedDeliveriesWhileReplacingItsRulesIsRefused() {
        storageFills();

        AlertOutcome opened = intake.receive(AlertSource.GENERIC, "{}".getBytes(StandardCharsets.UTF_8), List.of(firing()))
                .getFirst();
        var letter = deadLetters.reject(AlertSource.GENERIC, new byte[] {'x'}, "body is not JSON");
        deadLetters.markReplayed(letter.id());

        assertThat(opened.kind()).isEqualTo(AlertOutcome.Kind.OPENED);
        assertThat(tasks.get(opened.taskId()).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(deadLetters.get(letter.id()).replayedAt()).isNotNull();
        refused(() -> routing.replace(AlertRules.DEFAULT, OptionalLong.empty()));
    }

    @Test
    void issuingOrRegisteringTokensIsRefusedButRevokingOneNeverIs() {
        var issued = tokens.issue("ci", Set.of(Scope.TASKS_READ), null);
        tokens.registerAdmin("admin", "a-supplied-admin-secret-of-enough-length");
        storageFills();

        refused(() -> tokens.issue("other", Set.of(Scope.TASKS_READ), null));
        refused(() -> tokens.registerAdmin("admin 2", "another-supplied-admin-secret-long"));
        assertThat(tokens.registerAdmin("admin", "a-supplied-admin-secret-of-enough-length")).as("known already: nothing to store").isEmpty();
        refused(() -> rotation.rewrapAll("default", KeyRotation.Progress.NONE));

        tokens.revoke(issued.token().id());
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void onceSpaceIsFreedChangesGoThroughAgain() {
        storageFills();
        refused(() -> tasks.create(TaskFixtures.aTask().build()));

        disk.free(40 * SettableDiskSpace.GIB);
        clock.advance(Duration.ofSeconds(5));

        assertThat(tasks.create(TaskFixtures.aTask().build()).status()).isEqualTo(TaskStatus.OPEN);
    }

    private static Alert firing() {
        return new Alert(AlertSource.GENERIC, null, "disk-full", "disk-full-1", AlertStatus.FIRING, Severity.CRITICAL, "Disk full on db-1", null, null,
                null, null, null, null);
    }
}
