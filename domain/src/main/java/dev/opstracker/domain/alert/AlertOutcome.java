package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.TaskId;

/**
 * What one alert event did, as the sender is told.
 *
 * @param taskId     the task it opened, folded into, reopened or resolved; null when there is none (pending, or ignored)
 * @param incidentId the incident it belongs to; 0 when none
 * @param reason     why it was ignored; null otherwise
 * @param duplicate  true when this event had been received before and this answer is the stored one
 */
public record AlertOutcome(Kind kind, TaskId taskId, long incidentId, String reason, boolean duplicate) {

    public enum Kind {
        OPENED,
        /** A new problem joined a storm's task. */
        GROUPED,
        /** Another event of an open problem. */
        FOLDED,
        REOPENED,
        ACKNOWLEDGED,
        RESOLVED,
        IGNORED,
        /** Kept as a pending incident until its rule's threshold is reached. */
        PENDING
    }

    public AlertOutcome {
        requireNonNull(kind, "kind is null");
        if (kind == Kind.OPENED || kind == Kind.GROUPED || kind == Kind.REOPENED) {
            requireNonNull(taskId, "taskId is null");
        }
    }

    /** The same outcome, marked as the stored answer to a repeated event. */
    public AlertOutcome asDuplicate() {
        return new AlertOutcome(kind, taskId, incidentId, reason, true);
    }
}
