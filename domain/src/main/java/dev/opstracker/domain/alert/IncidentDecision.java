package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;

/** What one alert event does to the incidents of its dedup key; a store carries it out atomically. */
public sealed interface IncidentDecision {

    /**
     * The first firing of a problem: a new incident, on the task of the storm it joins when
     * {@code groupKey} names one that takes it, else on a new task with these details.
     *
     * @param groupKey  the storm the problem belongs to; null when it is not grouped
     * @param promoting the pending incident that reached its threshold and is tracked from now on; null for a new one
     */
    record Open(TaskDetails task, String groupKey, Incident promoting) implements IncidentDecision {
        public Open {
            requireNonNull(task, "task is null");
        }
    }

    /** A firing below its rule's threshold: the pending incident is stored (new, or counted) without a task. */
    record Pend(Incident incident) implements IncidentDecision {
        public Pend {
            requireNonNull(incident, "incident is null");
        }
    }

    /** A firing after resolution, tracked by the earlier task: a new incident on it, and the task reopened if it was closed. */
    record Reopen(TaskId taskId) implements IncidentDecision {
        public Reopen {
            requireNonNull(taskId, "taskId is null");
        }
    }

    /** Another event of the open incident: it becomes {@code updated} (counted, acknowledged ...); the task stays as it is. */
    record Fold(Incident updated, AlertOutcome.Kind kind) implements IncidentDecision {
        public Fold {
            requireNonNull(updated, "updated is null");
            requireNonNull(kind, "kind is null");
        }
    }

    /** The open incident is over; {@code closeTask} says whether its task is closed too, when nobody started it. */
    record Resolve(Incident updated, boolean closeTask) implements IncidentDecision {
        public Resolve {
            requireNonNull(updated, "updated is null");
        }
    }

    /** Nothing to do, for the reason given (e.g. a resolution with nothing open); {@code taskId} is the related task, if any. */
    record Ignore(String reason, TaskId taskId) implements IncidentDecision {
        public Ignore {
            requireNonNull(reason, "reason is null");
        }
    }
}
