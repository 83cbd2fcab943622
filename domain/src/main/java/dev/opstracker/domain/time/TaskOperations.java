package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What one task contributes to an operations cost report, measured in whole seconds.
 *
 * <ul>
 * <li>It <b>began</b> when it was created or, if earlier, when its first incident was first seen.</li>
 * <li>It was <b>acknowledged</b> at its first status change to {@link TaskStatus#IN_PROGRESS}.</li>
 * <li>It was <b>resolved</b> at the earlier of its {@code completedAt} (while closed, done or cancelled)
 * and its first incident's {@code resolvedAt}.</li>
 * <li>Its <b>alerts folded</b> are, summed over its incidents, the occurrences beyond each one's first:
 * every repeat firing folded into it rather than opening a task.</li>
 * </ul>
 *
 * @param timeToAcknowledge from its beginning to its acknowledgement; null when never acknowledged
 * @param timeToResolve     from its beginning to its resolution; null while unresolved
 */
public record TaskOperations(TaskId id, Instant createdAt, long alertsFolded, Duration timeToAcknowledge, Duration timeToResolve) {

    public TaskOperations {
        requireNonNull(id, "id is null");
        requireNonNull(createdAt, "createdAt is null");
        if (alertsFolded < 0) {
            throw new IllegalArgumentException("task %s folded %d alerts".formatted(id, alertsFolded));
        }
    }

    /**
     * Measures a task.
     *
     * @param acknowledgedAt when it first moved to in progress (see {@link #isAcknowledgement}); null when never
     * @param incidents      the incidents it tracks, oldest first
     */
    public static TaskOperations of(Task task, Instant acknowledgedAt, List<Incident> incidents) {
        requireNonNull(task, "task is null");
        requireNonNull(incidents, "incidents is null");
        Incident first = incidents.isEmpty() ? null : incidents.getFirst();
        Instant began = first != null && first.firstSeenAt().isBefore(task.createdAt()) ? first.firstSeenAt() : task.createdAt();
        Instant resolvedAt = earlier(task.status().isClosed() ? task.completedAt() : null, first == null ? null : first.resolvedAt());
        long folded = incidents.stream().mapToLong(incident -> incident.occurrences() - 1).sum();
        return new TaskOperations(task.id(), task.createdAt(), folded, between(began, acknowledgedAt), between(began, resolvedAt));
    }

    /** Whether this history event acknowledges its task: a status change to in progress. */
    public static boolean isAcknowledgement(TaskEvent event) {
        return event instanceof TaskEvent.StatusChanged changed && changed.to() == TaskStatus.IN_PROGRESS;
    }

    /** Whether the task was created within the range (opened in it). */
    public boolean openedWithin(TimeRange range) {
        return !createdAt.isBefore(range.from()) && createdAt.isBefore(range.to());
    }

    private static Instant earlier(Instant one, Instant other) {
        if (one == null || other == null) {
            return one == null ? other : one;
        }
        return one.isBefore(other) ? one : other;
    }

    /** Whole seconds from one instant to a later one, never negative; null when {@code end} is. */
    private static Duration between(Instant start, Instant end) {
        if (end == null) {
            return null;
        }
        long seconds = ChronoUnit.SECONDS.between(start.truncatedTo(ChronoUnit.SECONDS), end.truncatedTo(ChronoUnit.SECONDS));
        return Duration.ofSeconds(Math.max(0, seconds));
    }
}
