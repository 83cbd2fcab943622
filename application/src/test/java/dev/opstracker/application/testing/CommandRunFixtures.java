package dev.opstracker.application.testing;

import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.command.CommandRunStore;
import dev.opstracker.domain.command.OutputSummary;
import dev.opstracker.domain.security.WrappedKey;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.util.TreeMap;

/** Stores command runs with defaults, for tests that care only who ran what on which task and when. */
public final class CommandRunFixtures {

    private static final String SHA = "ab".repeat(32);

    private CommandRunFixtures() {
    }

    /** Stores a run of {@code display} by OS user {@code user} on {@code task}, exited 0. */
    public static CommandRun ran(CommandRunStore store, TaskId task, String user, String startedAt, String endedAt, String display) {
        return store.add(new CommandRun(store.reserveId(), task, display, "/srv/app", new TreeMap<>(), "edge-lb-1", user, Instant.parse(startedAt),
                Instant.parse(endedAt), new CommandResult.Exited(0), OutputSummary.whole(0, SHA), OutputSummary.whole(0, SHA),
                new WrappedKey("default", 1, new byte[] {1, 2, 3, 4}), new byte[] {0}, null, null));
    }
}
