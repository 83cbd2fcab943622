package dev.opstracker.domain.command;

import dev.opstracker.domain.security.WrappedKey;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Command runs for domain tests. */
final class Runs {

    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private Runs() {
    }

    static CommandRun run(long id, String display, int exitCode) {
        Instant start = Instant.parse("2026-11-25T10:00:00Z").plusSeconds(id);
        return new CommandRun(CommandRunId.of(id), TaskId.of(7), display, "/srv", new TreeMap<>(Map.of("PATH", "/usr/bin")), "web-1", "ops",
                start, start.plusMillis(1_500), new CommandResult.Exited(exitCode), OutputSummary.whole(0, EMPTY_SHA256),
                OutputSummary.whole(0, EMPTY_SHA256), new WrappedKey("default", 1, new byte[] {1, 2, 3}), new byte[] {9, 8, 7}, null, null);
    }
}
