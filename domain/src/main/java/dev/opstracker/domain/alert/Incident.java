package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.TaskId;
import java.time.Instant;

/**
 * One stretch of a problem, from the first firing event of a dedup key until its resolution, and
 * the task it is tracked by. A key has at most one open incident at a time (stores enforce it with a
 * constraint); a re-fire after resolution starts a new incident, on the same task or a new one.
 *
 * @param id          store-assigned identity, 0 before storing
 * @param taskId      the task tracking it; null while it is pending (its rule's threshold not reached yet)
 * @param alertName   the {@code alertname} label of the alert that started it (Alertmanager, Grafana, generic alerts
 *                    that set it), at most {@value #MAX_ALERT_NAME_LENGTH} characters; null when that alert had none
 * @param occurrences firing events folded into it, the first included (while pending: those within the threshold's window)
 * @param resolvedAt  when the resolution arrived; null while open
 */
public record Incident(
        long id,
        AlertSource source,
        String scope,
        String dedupKey,
        TaskId taskId,
        AlertStatus status,
        Severity severity,
        String summary,
        String alertName,
        Instant startsAt,
        Instant endsAt,
        Instant firstSeenAt,
        Instant lastSeenAt,
        Instant resolvedAt,
        long occurrences) {

    /** The longest alert name kept (the {@code alert_incident.alert_name} column). */
    public static final int MAX_ALERT_NAME_LENGTH = 256;

    public Incident {
        requireNonNull(source, "source is null");
        requireNonNull(scope, "scope is null");
        requireNonNull(dedupKey, "dedupKey is null");
        requireNonNull(status, "status is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(summary, "summary is null");
        requireNonNull(firstSeenAt, "firstSeenAt is null");
        requireNonNull(lastSeenAt, "lastSeenAt is null");
        if (occurrences < 1) {
            throw new IllegalArgumentException("an incident has at least one occurrence, not " + occurrences);
        }
        if (alertName != null && (alertName.isBlank() || alertName.length() > MAX_ALERT_NAME_LENGTH)) {
            throw new IllegalArgumentException("alertName is blank or longer than %d characters: %s".formatted(MAX_ALERT_NAME_LENGTH, alertName));
        }
    }

    /**
     * The name an incident keeps of the alert that started it: its {@code alertname} label, stripped and
     * cut to {@value #MAX_ALERT_NAME_LENGTH} characters; null when the label is missing or blank.
     */
    static String alertNameOf(Alert alert) {
        String name = alert.labels().get("alertname");
        return name == null || name.isBlank() ? null : AlertTasks.cut(name.strip(), MAX_ALERT_NAME_LENGTH);
    }

    /** A new incident for {@code alert}'s first firing, tracked by {@code taskId}. */
    public static Incident opening(Alert alert, TaskId taskId, Instant now) {
        return new Incident(0, alert.source(), alert.scope(), alert.dedupKey(), taskId, AlertStatus.FIRING, alert.severity(), alert.summary(),
                alertNameOf(alert), alert.startsAt(), null, now, now, null, 1);
    }

    /** A problem waiting for enough firings to get a task. */
    public static Incident pending(Alert alert, Instant now) {
        return new Incident(0, alert.source(), alert.scope(), alert.dedupKey(), null, AlertStatus.FIRING, alert.severity(), alert.summary(),
                alertNameOf(alert), alert.startsAt(), null, now, now, null, 1);
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public boolean isPending() {
        return isOpen() && taskId == null;
    }

    /** Another firing of a pending problem: counted within the threshold's window, or the count starts again. */
    Incident counting(Alert alert, Instant now, Threshold threshold) {
        if (threshold.stillCounting(firstSeenAt, now)) {
            return new Incident(id, source, scope, dedupKey, null, status, alert.severity(), alert.summary(), alertName, startsAt, endsAt,
                    firstSeenAt, now, null, occurrences + 1);
        }
        return new Incident(id, source, scope, dedupKey, null, status, alert.severity(), alert.summary(), alertName, alert.startsAt(), endsAt, now,
                now, null, 1);
    }

    /** The pending problem reached its threshold and is tracked by {@code task} from now on. */
    public Incident promoted(TaskId task) {
        return new Incident(id, source, scope, dedupKey, requireNonNull(task, "task is null"), status, severity, summary, alertName, startsAt,
                endsAt, firstSeenAt, lastSeenAt, resolvedAt, occurrences);
    }

    public Incident withId(long storedId) {
        return new Incident(storedId, source, scope, dedupKey, taskId, status, severity, summary, alertName, startsAt, endsAt, firstSeenAt,
                lastSeenAt, resolvedAt, occurrences);
    }

    /** The same event delivered again (Alertmanager re-sends a firing that goes on): seen now, not counted again. */
    public Incident seenAgain(Instant now) {
        return now.isAfter(lastSeenAt) ? new Incident(id, source, scope, dedupKey, taskId, status, severity, summary, alertName, startsAt, endsAt,
                firstSeenAt, now, resolvedAt, occurrences) : this;
    }

    /** Another firing of the same problem: counted, seen now, its severity and summary the latest. */
    Incident folding(Alert alert, Instant now) {
        AlertStatus next = status == AlertStatus.ACKNOWLEDGED ? AlertStatus.ACKNOWLEDGED : AlertStatus.FIRING;
        return new Incident(id, source, scope, dedupKey, taskId, next, alert.severity(), alert.summary(), alertName, startsAt, endsAt, firstSeenAt,
                now, null, occurrences + 1);
    }

    Incident acknowledging(Instant now) {
        return new Incident(id, source, scope, dedupKey, taskId, AlertStatus.ACKNOWLEDGED, severity, summary, alertName, startsAt, endsAt,
                firstSeenAt, now, null, occurrences);
    }

    /** The problem is over: it ended when the sender says, or now when it does not say. */
    Incident resolving(Alert alert, Instant now) {
        Instant ended = alert.endsAt() != null && !alert.endsAt().isAfter(now) ? alert.endsAt() : now;
        return new Incident(id, source, scope, dedupKey, taskId, AlertStatus.RESOLVED, severity, summary, alertName, startsAt, ended,
                firstSeenAt, now, now, occurrences);
    }
}
