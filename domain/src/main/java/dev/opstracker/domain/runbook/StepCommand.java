package dev.opstracker.domain.runbook;

import dev.opstracker.domain.shared.DomainException;

/**
 * A command of a step as it is to be run: its command line with variables as {@code {{name}}}
 * (secrets masked), the directory it ran in (or null), a short excerpt of the output that means it
 * worked (masked, at most {@link #MAX_EXCERPT_LENGTH} characters), and the exit code of success.
 */
public record StepCommand(String command, String workingDirectory, String expectedOutput, int successExitCode) {

    public static final int MAX_EXCERPT_LENGTH = 400;

    public StepCommand {
        if (command == null || command.isBlank()) {
            throw new DomainException.InvalidInput("command", command, "a step command has a command line");
        }
        expectedOutput = expectedOutput == null ? "" : expectedOutput;
        if (expectedOutput.length() > MAX_EXCERPT_LENGTH) {
            throw new DomainException.InvalidInput("expectedOutput", expectedOutput, "at most " + MAX_EXCERPT_LENGTH + " characters");
        }
    }
}
