package dev.opstracker.domain.runbook;

import java.util.List;

/**
 * One step of a runbook: a title, why it is done, its commands in order, how to verify it worked,
 * and pitfalls (a command that failed before a corrected retry is a pitfall, not a step of its own).
 *
 * @param changesState whether its commands change something (restart, delete, apply): such cells are
 *                     kept out of "run all" in Runme and want a verification after them
 */
public record RunbookStep(String title, String why, List<StepCommand> commands, String verification, List<String> pitfalls, boolean changesState) {

    public RunbookStep {
        title = title == null ? "" : title.strip();
        why = why == null ? "" : why.strip();
        commands = List.copyOf(commands);
        verification = verification == null ? "" : verification.strip();
        pitfalls = List.copyOf(pitfalls);
    }
}
