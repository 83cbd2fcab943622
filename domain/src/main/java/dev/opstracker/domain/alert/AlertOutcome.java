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
 * @param closedTask true when this event (a resolution) moved its task to a closed status; a resolution that
 *                   leaves the task as it was (another alert of it still firing, work started on it, closed
 *                   already, or a rule that keeps tasks open) and a repeated event say false
 */
public record AlertOutcome(Kind kind, TaskId taskId, long incidentId, String reason, boolean duplicate, boolean closedTask) {

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
        if (closedTask && (kind != Kind.RESOLVED || taskId == null)) {
            throw new IllegalArgumentException("only a resolution of a task closes it, not %s of task %s".formatted(kind, taskId));
        }
    }

    /** An outcome that closed no task. */
    public AlertOutcome(Kind kind, TaskId taskId, long incidentId, String reason, boolean duplicate) {
        this(kind, taskId, incidentId, reason, duplicate, false);
    }

    /** A resolution of {@code taskId}, saying whether it closed the task. */
    public static AlertOutcome resolved(TaskId taskId, long incidentId, boolean closedTask) {
        return new AlertOutcome(Kind.RESOLVED, requireNonNull(taskId, "taskId is null"), incidentId, null, false, closedTask);
    }

    /** The same outcome, marked as the stored answer to a repeated event: which closed nothing this time. */
    public AlertOutcome asDuplicate() {
        return new AlertOutcome(kind, taskId, incidentId, reason, true, false);
    }
}
