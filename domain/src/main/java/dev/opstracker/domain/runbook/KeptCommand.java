package dev.opstracker.domain.runbook;

import java.util.List;
import java.util.Map;

/** A successful command of a task that may become a step, with the failed attempts it corrected. */
record KeptCommand(ParsedCommand command, List<ParsedCommand> failedAttempts) {

    KeptCommand {
        failedAttempts = List.copyOf(failedAttempts);
    }

    /** The pitfalls its failed attempts teach, their values written as the placeholders given by token index. */
    List<String> pitfalls(Map<Integer, String> placeholders) {
        return failedAttempts.stream().map(attempt -> RetryCollapse.pitfall(attempt, placeholders)).toList();
    }
}
