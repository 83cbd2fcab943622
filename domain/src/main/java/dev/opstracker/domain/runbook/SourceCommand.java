package dev.opstracker.domain.runbook;

import static java.util.Objects.requireNonNull;

/**
 * A command run of a source task: its command line as displayed (secrets already masked), the
 * directory it ran in, its exit code (null when it ended by a signal or timed out) and the start of
 * its output (masked), from which a step's expected output is cut.
 */
public record SourceCommand(String commandLine, String workingDirectory, Integer exitCode, String outputHead) {

    public SourceCommand {
        requireNonNull(commandLine, "commandLine is null");
        outputHead = outputHead == null ? "" : outputHead;
    }

    public boolean succeeded() {
        return exitCode != null && exitCode == 0;
    }
}
