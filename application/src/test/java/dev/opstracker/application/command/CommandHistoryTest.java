package dev.opstracker.application.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.InMemoryCommandRunStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryOutputStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.JdkCipher;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentRules;
import dev.opstracker.domain.infra.KindCatalogue;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final InMemoryComponentStore components = new InMemoryComponentStore();
    private final InMemoryCommandRunStore runs = new InMemoryCommandRunStore();
    private final CommandCapture capture = new CommandCapture(tasks, runs, new InMemoryOutputStore(), new JdkCipher(),
            new ScriptedRunner(new byte[0], new byte[0], new CommandResult.Exited(0)), CaptureSettings.of("ops-box", "marcus"));
    private final CommandHistory history = new CommandHistory(components, runs);

    private Component component(String name, Component parent) {
        return components.add(new ComponentRules(1, KindCatalogue.withRegistered(List.of()), ParentingRules.permissive()).place(new ComponentDetails(new ComponentKind(parent == null ? "cluster" : "node"), name,
                Provider.AWS, null, Map.of()), parent, T0));
    }

    private TaskId taskOn(Component component) {
        TaskId task = tasks.add(new NewTask(TaskFixtures.aTask().build(), T0)).id();
        components.link(new TaskLink(task, component.id(), component.path(), LinkRole.AFFECTED, T0));
        return task;
    }

    private CommandRun record(TaskId task, int minute, String command) {
        return capture.record(task, new RecordedCommand(List.of(command), "/", Map.of(), "h", "u", T0.plusSeconds(60L * minute),
                T0.plusSeconds(60L * minute + 1), new CommandResult.Exited(0)), null, null);
    }

    @Test
    void aComponentsHistoryHoldsTheRunsOfEveryTaskLinkedToItInTimeOrder() {
        Component cluster = component("prod-eks", null);
        Component node = component("node-1", cluster);
        TaskId upgrade = taskOn(cluster);
        TaskId drain = taskOn(node);
        TaskId unrelated = tasks.add(new NewTask(TaskFixtures.aTask().build(), T0)).id();
        CommandRun second = record(upgrade, 5, "eksctl");
        CommandRun first = record(drain, 1, "kubectl");
        record(unrelated, 3, "ls");

        assertThat(history.of(cluster.id(), false, PageRequest.first(10)).items()).containsExactly(second);
        assertThat(history.of(cluster.id(), true, PageRequest.first(10)).items()).containsExactly(first, second);
        assertThat(history.of(node.id(), false, PageRequest.first(10)).items()).containsExactly(first);
    }

    @Test
    void anUnknownComponentIsRefusedByItsId() {
        assertThatThrownBy(() -> history.of(ComponentId.of(404), false, PageRequest.first(10))).isInstanceOf(DomainException.NotFound.class)
                .hasMessageContaining("404");
    }
}
