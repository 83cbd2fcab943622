package dev.opstracker.bootstrap.cli.command;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A command the command line ran: what, where, when, how it ended, and where its captured outputs wait (null when
 * they were not captured).
 */
record ChildRun(List<String> argv, Path workingDirectory, Map<String, String> environment, Instant startedAt, Instant endedAt, int exitCode,
        Path stdout, Path stderr) {
}
