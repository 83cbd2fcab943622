package dev.opstracker.domain.runbook;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a task that followed a runbook went another way, and the runbook's next version learnt with it.
 *
 * @param proposed the runbook learnt from its source tasks and the followed task (same slug and title)
 * @param added    commands the task ran that are no step of the runbook, as it ran them (masked)
 * @param skipped  steps of the runbook the task did not run, as their first source task ran them (masked)
 * @param failed   commands of the task that failed (non-zero exit, or none), corrected later or not (masked)
 */
public record RunbookDrift(Runbook proposed, List<String> added, List<String> skipped, List<String> failed) {

    public RunbookDrift {
        requireNonNull(proposed, "proposed is null");
        added = List.copyOf(added);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
    }

    /** Whether the task ran the runbook's steps and nothing else, with no failure. */
    public boolean followedExactly() {
        return added.isEmpty() && skipped.isEmpty() && failed.isEmpty();
    }

    /** One line for people and commit messages: {@code added `a`; skipped `b`; failed `c`}, or that nothing drifted. */
    public String summary() {
        if (followedExactly()) {
            return "the task followed the runbook step by step";
        }
        List<String> parts = new ArrayList<>();
        part(parts, "added", added);
        part(parts, "skipped", skipped);
        part(parts, "failed", failed);
        return String.join("; ", parts);
    }

    private static void part(List<String> parts, String what, List<String> commands) {
        if (!commands.isEmpty()) {
            parts.add(what + " " + commands.stream().map(command -> "`" + command + "`").collect(Collectors.joining(", ")));
        }
    }
}
