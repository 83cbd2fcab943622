package dev.opstracker.application.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.testing.InMemoryCommandRunStore;
import dev.opstracker.application.testing.InMemoryOutputStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.JdkCipher;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandRunQuery;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.TaskId;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandAuditTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final InMemoryCommandRunStore runs = new InMemoryCommandRunStore();
    private final CommandCapture capture = new CommandCapture(tasks, runs, new InMemoryOutputStore(), new JdkCipher(),
            new ScriptedRunner(new byte[0], new byte[0], new CommandResult.Exited(0)), CaptureSettings.of("ops-box", "marcus"));
    private final TaskId first = tasks.add(new NewTask(TaskFixtures.aTask().build(), T0)).id();
    private final TaskId second = tasks.add(new NewTask(TaskFixtures.aTask().build(), T0)).id();

    private CommandRun record(TaskId task, String host, int minute, int exit, String... argv) {
        return capture.record(task, new RecordedCommand(List.of(argv), "/srv", Map.of(), host, "ops", T0.plusSeconds(60L * minute),
                T0.plusSeconds(60L * minute + 5), new CommandResult.Exited(exit)), new ByteArrayInputStream(new byte[0]), null);
    }

    @Test
    void runsAreFoundByTaskHostExitStatusTimeAndCommandText() {
        CommandRun restart = record(first, "web-1", 1, 0, "systemctl", "restart", "nginx");
        CommandRun failed = record(first, "web-2", 2, 1, "systemctl", "restart", "php-fpm");
        CommandRun other = record(second, "web-1", 3, 0, "df", "-h");

        assertThat(capture.ofTask(first, PageRequest.first(10)).items()).containsExactly(restart, failed);
        assertThat(capture.search(new CommandRunQuery(null, "web-1", null, null, null, null, null), PageRequest.first(10)).items())
                .containsExactly(restart, other);
        assertThat(capture.search(new CommandRunQuery(null, null, null, "failed", null, null, null), PageRequest.first(10)).items())
                .containsExactly(failed);
        assertThat(capture.search(new CommandRunQuery(null, null, null, null, T0.plusSeconds(90), T0.plusSeconds(200), null),
                PageRequest.first(10)).items()).containsExactly(failed, other);
        assertThat(capture.search(new CommandRunQuery(Set.of(first, second), null, null, null, null, null, "restart nginx"),
                PageRequest.first(10)).items()).containsExactly(restart);
    }

    @Test
    void aComponentsHistoryIsItsTasksRunsInTimeOrderAPageAtATime() {
        CommandRun late = record(first, "db-1", 9, 0, "psql", "-c", "vacuum");
        CommandRun early = record(second, "db-1", 1, 0, "pg_dump", "shop");
        CommandRun middle = record(first, "db-1", 5, 0, "psql", "-c", "analyze");
        CommandRunQuery history = new CommandRunQuery(Set.of(first, second), null, null, null, null, null, null);

        Page<CommandRun> page = capture.search(history, PageRequest.first(2));
        assertThat(page.items()).containsExactly(early, middle);
        assertThat(capture.search(history, new PageRequest(2, page.next())).items()).containsExactly(late);
    }

    @Test
    void verifyingTheChainNamesTheFirstRunChangedBehindTheApplicationsBack() {
        record(first, "web-1", 1, 0, "true");
        CommandRun edited = record(first, "web-1", 2, 1, "false");
        record(first, "web-1", 3, 0, "true");
        assertThat(capture.verify().intact()).isTrue();

        runs.replaceBehindTheStore(edited.id(), new CommandRun(edited.id(), edited.taskId(), edited.display(), edited.workingDirectory(),
                edited.environment(), edited.host(), edited.user(), edited.startedAt(), edited.endedAt(), new CommandResult.Exited(0),
                edited.stdout(), edited.stderr(), edited.dataKey(), edited.sealedArgv(), edited.previousHash(), edited.recordHash()));

        assertThat(capture.verify().firstBreak()).hasValueSatisfying(broken -> assertThat(broken.runId()).isEqualTo(edited.id()));
    }
}
