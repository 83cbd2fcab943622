package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandRunId;
import dev.opstracker.domain.command.CommandRunQuery;
import dev.opstracker.domain.command.CommandRunStore;
import dev.opstracker.domain.command.OutputChannel;
import dev.opstracker.domain.command.OutputStore;
import dev.opstracker.domain.command.OutputSummary;
import dev.opstracker.domain.security.WrappedKey;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CommandRunStore} and {@link OutputStore} pair must do; adapters run it against their database. */
public abstract class CommandRunStoreContract {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00.123Z");
    private static final String SHA = "ab".repeat(32);

    protected CommandRunStore runs;
    protected OutputStore outputs;

    /** Stores over one emptied database. */
    protected abstract CommandRunStore emptyRunStore();

    protected abstract OutputStore outputStore();

    @BeforeEach
    void stores() {
        runs = emptyRunStore();
        outputs = outputStore();
    }

    protected CommandRun run(long task, String host, int minute, CommandResult.Ending ending, String display) {
        return new CommandRun(runs.reserveId(), TaskId.of(task), display, "/srv/app", new TreeMap<>(Map.of("PATH", "/bin", "NOTE", "two\nlines %0A")),
                host, "ops", T0.plusSeconds(60L * minute), T0.plusSeconds(60L * minute).plusMillis(4_567), ending,
                new OutputSummary(20_000_000, SHA, true, 10_485_760), OutputSummary.whole(12, SHA),
                new WrappedKey("client:ACME", 3, new byte[] {1, 2, 3, 4}), new byte[] {0, -1, 127, -128}, null, null);
    }

    @Test
    void reservedIdsAreNeverHandedOutTwice() {
        CommandRunId first = runs.reserveId();
        CommandRunId second = runs.reserveId();
        assertThat(second.value()).isGreaterThan(first.value());
    }

    @Test
    void aStoredRunReadsBackWithEveryFieldAndItsChainLinks() {
        CommandRun first = runs.add(run(1, "web-1", 1, new CommandResult.TimedOut(Duration.ofSeconds(30)), "sleep 60"));
        CommandRun second = runs.add(run(1, "web-1", 2, new CommandResult.Signalled(9), "kill -9 1"));

        assertThat(runs.find(second.id())).contains(second);
        assertThat(runs.find(first.id())).contains(first);
        assertThat(first.previousHash()).isNull();
        assertThat(second.previousHash()).isEqualTo(first.recordHash());
        assertThat(runs.find(CommandRunId.of(999_999))).isEmpty();
    }

    @Test
    void aRunIsStoredOnce() {
        CommandRun run = run(1, "web-1", 1, new CommandResult.Exited(0), "true");
        runs.add(run);

        assertThatThrownBy(() -> runs.add(run)).isInstanceOf(DomainException.Conflict.class).hasMessageContaining(run.id().toString());
    }

    @Test
    void searchesFilterAndPageInTimeOrder() {
        CommandRun late = runs.add(run(1, "db-1", 9, new CommandResult.Exited(0), "psql -c vacuum"));
        CommandRun early = runs.add(run(2, "db-1", 1, new CommandResult.Exited(2), "pg_dump shop"));
        CommandRun other = runs.add(run(3, "web-1", 5, new CommandResult.Cancelled(), "tail -f log_100%"));

        Page<CommandRun> first = runs.search(new CommandRunQuery(Set.of(TaskId.of(1), TaskId.of(2)), null, null, null, null, null, null),
                PageRequest.first(1));
        assertThat(first.items()).containsExactly(early);
        assertThat(runs.search(new CommandRunQuery(Set.of(TaskId.of(1), TaskId.of(2)), null, null, null, null, null, null),
                new PageRequest(1, first.next())).items()).containsExactly(late);
        assertThat(runs.search(new CommandRunQuery(null, null, null, "failed", null, null, null), PageRequest.first(10)).items())
                .containsExactly(early, other);
        assertThat(runs.search(new CommandRunQuery(null, null, null, "2", null, null, null), PageRequest.first(10)).items()).containsExactly(early);
        assertThat(runs.search(new CommandRunQuery(null, "web-1", "ops", null, T0, T0.plusSeconds(3600), "log_100%"), PageRequest.first(10))
                .items()).containsExactly(other);
        assertThat(runs.search(new CommandRunQuery(null, null, null, null, null, null, "log_1000"), PageRequest.first(10)).items()).isEmpty();
        assertThatThrownBy(() -> runs.search(CommandRunQuery.any(), new PageRequest(10, "987654"))).isInstanceOf(DomainException.InvalidInput.class)
                .hasMessageContaining("cursor");
    }

    @Test
    void runsOfManyTasksReadTogetherGroupedByTaskEachInTimeOrder() {
        CommandRun secondTaskLate = runs.add(run(20, "db-1", 9, new CommandResult.Exited(0), "psql -c vacuum"));
        CommandRun firstTaskLate = runs.add(run(3, "web-1", 7, new CommandResult.Exited(0), "systemctl restart nginx"));
        runs.add(run(4, "web-1", 2, new CommandResult.Exited(0), "uptime"));
        CommandRun secondTaskEarly = runs.add(run(20, "db-1", 1, new CommandResult.Exited(2), "pg_dump shop"));
        CommandRun firstTaskEarly = runs.add(run(3, "web-1", 5, new CommandResult.Exited(1), "systemctl restart ngnix"));

        assertThat(runs.ofTasks(Set.of(TaskId.of(20), TaskId.of(3), TaskId.of(99))))
                .containsExactly(firstTaskEarly, firstTaskLate, secondTaskEarly, secondTaskLate);
        assertThat(runs.ofTasks(Set.of(TaskId.of(99)))).isEmpty();
        assertThat(runs.ofTasks(Set.of())).isEmpty();
    }

    @Test
    void aRunsDataKeyIsReplacedOnlyFromTheExpectedOneAndTheChainStaysIntact() {
        CommandRun run = runs.add(run(1, "web-1", 1, new CommandResult.Exited(0), "true"));
        WrappedKey rewrapped = new WrappedKey("client:ACME", 4, new byte[] {9, 9, 9});

        assertThat(runs.underKey("client:ACME", 0, 10)).containsExactly(run);
        assertThat(runs.underKey("default", 0, 10)).isEmpty();
        assertThat(runs.replaceDataKey(run.id(), run.dataKey(), rewrapped)).isTrue();
        assertThat(runs.replaceDataKey(run.id(), run.dataKey(), new WrappedKey("client:ACME", 5, new byte[] {1}))).isFalse();
        assertThat(runs.find(run.id()).orElseThrow().dataKey()).isEqualTo(rewrapped);
        assertThat(runs.underKey("client:ACME", run.id().value(), 10)).isEmpty();
        assertThat(runs.verify().intact()).isTrue();
    }

    @Test
    void concurrentAppendsKeepOneIntactChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CommandRun>> added = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int minute = i;
                added.add(pool.submit(() -> runs.add(run(1, "web-1", minute, new CommandResult.Exited(0), "echo " + minute))));
            }
            for (Future<CommandRun> future : added) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        CommandRunStore.ChainReport report = runs.verify();
        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isEqualTo(24);
    }

    @Test
    void outputChunksReadBackInOrderAFewAtATimeAndAreDiscardedWithTheirRun() {
        CommandRunId id = runs.reserveId();
        for (int sequence = 0; sequence < 5; sequence++) {
            outputs.put(id, OutputChannel.STDOUT, sequence, new byte[] {(byte) sequence, -1});
        }
        outputs.put(id, OutputChannel.STDERR, 0, new byte[] {42});

        assertThat(outputs.read(id, OutputChannel.STDOUT, 1, 3)).containsExactly(new byte[] {1, -1}, new byte[] {2, -1}, new byte[] {3, -1});
        assertThat(outputs.read(id, OutputChannel.STDOUT, 4, 3)).containsExactly(new byte[] {4, -1});
        assertThat(outputs.read(id, OutputChannel.STDERR, 0, 3)).containsExactly(new byte[] {42});

        outputs.discard(id);
        assertThat(outputs.read(id, OutputChannel.STDOUT, 0, 10)).isEmpty();
        assertThat(outputs.read(id, OutputChannel.STDERR, 0, 10)).isEmpty();
    }
}
