package dev.opstracker.application.runbook;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.runbook.DriftReview;
import dev.opstracker.domain.runbook.RunbookDrift;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;

/**
 * The next version a runbook would get from a task that followed it, for a person to accept or
 * reject: no version is saved until it is accepted ({@link RunbookService#acceptDrift}).
 *
 * @param currentVersion the version the proposal was compared with
 * @param followed       the task that followed the runbook
 * @param drift          what the task did differently, and the proposed runbook
 * @param diff           a line diff of the current canonical document to the proposed one; empty when they are equal
 */
public record DriftProposal(int currentVersion, TaskId followed, RunbookDrift drift, String diff) {

    public DriftProposal {
        requireNonNull(followed, "followed is null");
        requireNonNull(drift, "drift is null");
        requireNonNull(diff, "diff is null");
    }

    /** What changed, in one line: {@code added `a`; skipped `b`; failed `c`}. */
    public String summary() {
        return drift.summary();
    }

    /** The archive message of the accepted version. */
    String message() {
        return "Drift from task %s: %s".formatted(followed, summary());
    }

    /** The pending review of this proposal, proposed at {@code now}. */
    DriftReview toReview(Instant now) {
        return DriftReview.proposed(drift.proposed().slug(), followed, currentVersion, summary(), now);
    }
}
