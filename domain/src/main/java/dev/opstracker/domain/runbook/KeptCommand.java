package dev.opstracker.domain.runbook;

import java.util.List;

/** A successful command of a task that may become a step, with the failed attempts it corrected. */
record KeptCommand(ParsedCommand command, List<String> pitfalls) {

    KeptCommand {
        pitfalls = List.copyOf(pitfalls);
    }
}
