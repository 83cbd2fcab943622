package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.task.TaskStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Carries out an {@link IncidentDecision} inside a store's transaction, so every store applies the
 * same rules: the store supplies its incident and group rows and a {@link TaskStore} bound to the
 * same transaction.
 */
public final class IncidentWriter {

    /** A store's incident and group rows, in the transaction the decision is applied in. */
    public interface Rows {
        /** Stores a new incident and returns its identity; fails if the key has an open one already. */
        long insert(Incident incident);

        void update(Incident incident);

        /** Whether any incident on the task is still open. */
        boolean anyOpenOn(TaskId taskId);

        /** The key's accepting group, locked until the transaction ends. */
        Optional<AlertGroup> acceptingGroup(String key);

        /** Stores a new group and returns its identity; fails if the key has an accepting one already. */
        long insertGroup(AlertGroup group);

        void updateGroup(AlertGroup group);

        /** Seals every group the task tracks. */
        void sealGroupsOf(TaskId taskId);
    }

    private final Rows rows;
    private final TaskStore tasks;

    public IncidentWriter(Rows rows, TaskStore tasks) {
        this.rows = requireNonNull(rows, "rows is null");
        this.tasks = requireNonNull(tasks, "tasks is null");
    }

    /** Applies {@code decision} about {@code alert}, made under {@code rule}, and says what it did. */
    public AlertOutcome apply(IncidentDecision decision, Alert alert, AlertRule rule, Instant now) {
        return switch (decision) {
            case IncidentDecision.Open open -> open.groupKey() == null ? openAlone(open, alert, now) : openInGroup(open, alert, rule.policy(), now);
            case IncidentDecision.Reopen reopen -> {
                Optional<Task> task = tasks.find(reopen.taskId());
                if (task.isEmpty()) {
                    // The earlier task was deleted: the re-fire is a new problem to track.
                    yield openAlone(new IncidentDecision.Open(AlertTasks.detailsOf(alert, rule), null, null), alert, now);
                }
                reopenIfClosed(task.get(), AlertTasks.refireNote(alert), now);
                yield opened(AlertOutcome.Kind.REOPENED, null, alert, task.get().id(), now);
            }
            case IncidentDecision.Pend pend -> {
                long id = pend.incident().id() == 0 ? rows.insert(pend.incident()) : update(pend.incident());
                yield new AlertOutcome(AlertOutcome.Kind.PENDING, null, id, null, false);
            }
            case IncidentDecision.Fold fold -> {
                rows.update(fold.updated());
                yield new AlertOutcome(fold.kind(), fold.updated().taskId(), fold.updated().id(), null, false);
            }
            case IncidentDecision.Resolve resolve -> resolve(resolve, now);
            case IncidentDecision.Ignore ignore -> new AlertOutcome(AlertOutcome.Kind.IGNORED, ignore.taskId(), 0, ignore.reason(), false);
        };
    }

    private AlertOutcome openAlone(IncidentDecision.Open open, Alert alert, Instant now) {
        Task task = tasks.add(Task.create(open.task(), now));
        return opened(AlertOutcome.Kind.OPENED, open, alert, task.id(), now);
    }

    /** Joins the storm's accepting group when it takes the problem; otherwise seals it (if any) and starts a group with a new task. */
    private AlertOutcome openInGroup(IncidentDecision.Open open, Alert alert, IntakePolicy policy, Instant now) {
        Optional<AlertGroup> group = rows.acceptingGroup(open.groupKey());
        if (group.isPresent() && group.get().takes(now, policy.groupWindow())) {
            Optional<Task> task = tasks.find(group.get().taskId());
            if (task.isPresent()) {
                rows.updateGroup(group.get().joined(now));
                reopenIfClosed(task.get(), AlertTasks.joinNote(alert), now);
                return opened(AlertOutcome.Kind.GROUPED, open, alert, task.get().id(), now);
            }
        }
        group.ifPresent(stale -> rows.updateGroup(stale.sealed()));
        Task task = tasks.add(Task.create(open.task(), now));
        rows.insertGroup(AlertGroup.opening(open.groupKey(), task.id(), now));
        return opened(AlertOutcome.Kind.OPENED, open, alert, task.id(), now);
    }

    /** Ends the incident; closes its task when the policy says so, nobody started it and none of its other alerts is open. */
    private AlertOutcome resolve(IncidentDecision.Resolve resolve, Instant now) {
        rows.update(resolve.updated());
        TaskId taskId = resolve.updated().taskId();
        if (taskId == null) {
            return new AlertOutcome(AlertOutcome.Kind.RESOLVED, null, resolve.updated().id(), "resolved while pending: no task was opened", false);
        }
        Optional<Task> closing = tasks.find(taskId).filter(task -> IncidentRules.resolutionCloses(resolve.closeTask(), task.status()));
        boolean closes = closing.isPresent() && !rows.anyOpenOn(taskId);
        if (closes) {
            Task.StatusChange change = closing.get().moveTo(TaskStatus.DONE, AlertTasks.resolutionNote(resolve.updated()), now);
            tasks.update(change.task(), List.of(change.event()));
            rows.sealGroupsOf(taskId);
        }
        return AlertOutcome.resolved(taskId, resolve.updated().id(), closes);
    }

    private void reopenIfClosed(Task task, String note, Instant now) {
        if (task.status().isClosed()) {
            Task.StatusChange change = task.moveTo(TaskStatus.OPEN, note, now);
            tasks.update(change.task(), List.of(change.event()));
        }
    }

    /** The new incident on the task, or the pending one it promotes. */
    private AlertOutcome opened(AlertOutcome.Kind kind, IncidentDecision.Open open, Alert alert, TaskId taskId, Instant now) {
        long id = open != null && open.promoting() != null ? update(open.promoting().promoted(taskId)) : rows.insert(Incident.opening(alert, taskId, now));
        return new AlertOutcome(kind, taskId, id, null, false);
    }

    private long update(Incident incident) {
        rows.update(incident);
        return incident.id();
    }
}
