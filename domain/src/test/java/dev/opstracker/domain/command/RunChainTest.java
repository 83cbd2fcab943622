package dev.opstracker.domain.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.WrappedKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunChainTest {

    private static List<CommandRun> chain(int length) {
        List<CommandRun> runs = new ArrayList<>();
        String previous = null;
        for (int id = 1; id <= length; id++) {
            CommandRun run = Runs.run(id, "kubectl get pods -n shop-" + id, 0).chainedAfter(previous);
            runs.add(run);
            previous = run.recordHash();
        }
        return runs;
    }

    @Test
    void anUntouchedChainVerifies() {
        assertThat(RunChain.firstBreak(chain(5), null)).isEmpty();
    }

    @Test
    void aRunChangedAfterItWasStoredIsNamed() {
        List<CommandRun> runs = chain(5);
        CommandRun stored = runs.get(2);
        // As an UPDATE behind the application's back would leave it: another exit code, the old hashes.
        runs.set(2, new CommandRun(stored.id(), stored.taskId(), stored.display(), stored.workingDirectory(), stored.environment(),
                stored.host(), stored.user(), stored.startedAt(), stored.endedAt(), new CommandResult.Exited(1), stored.stdout(), stored.stderr(),
                stored.dataKey(), stored.sealedArgv(), stored.previousHash(), stored.recordHash()));

        assertThat(RunChain.firstBreak(runs, null)).hasValueSatisfying(broken -> {
            assertThat(broken.runId()).isEqualTo(CommandRunId.of(3));
            assertThat(broken.problem()).contains("changed after it was stored");
        });
    }

    @Test
    void aRemovedRunIsFoundAtItsSuccessor() {
        List<CommandRun> runs = chain(5);
        runs.remove(1);

        assertThat(RunChain.firstBreak(runs, null)).hasValueSatisfying(broken -> {
            assertThat(broken.runId()).isEqualTo(CommandRunId.of(3));
            assertThat(broken.problem()).contains("removed or changed");
        });
    }

    @Test
    void rewrappingARunsDataKeyKeepsItsHash() {
        CommandRun run = chain(1).get(0);
        CommandRun rewrapped = run.withDataKey(new WrappedKey("default", 2, new byte[] {4, 5, 6}));

        assertThat(RunChain.hash(rewrapped)).isEqualTo(run.recordHash());
    }

    @Test
    void everyStoredFieldIsCoveredByTheHash() {
        CommandRun run = Runs.run(1, "make deploy", 0);
        assertThat(RunChain.hash(Runs.run(1, "make deploy", 1))).isNotEqualTo(RunChain.hash(run));
        assertThat(RunChain.hash(Runs.run(1, "make deploy ", 0))).isNotEqualTo(RunChain.hash(run));
        assertThat(RunChain.hash(run.chainedAfter("a".repeat(64)))).isNotEqualTo(RunChain.hash(run));
    }
}
