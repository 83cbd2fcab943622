package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.task.TaskStore;
import java.time.Instant;
import java.util.List;

/**
 * Carries out an {@link IncidentDecision} inside a store's transaction, so every store applies the
 * same rules: the store supplies its incident rows and a {@link TaskStore} bound to the same
 * transaction.
 */
public final class IncidentWriter {

    /** A store's incident rows, in the transaction the decision is applied in. */
    public interface Rows {
        /** Stores a new incident and returns its identity; fails if the key has an open one already. */
        long insert(Incident incident);

        void update(Incident incident);
    }

    private final Rows rows;
    private final TaskStore tasks;

    public IncidentWriter(Rows rows, TaskStore tasks) {
        this.rows = requireNonNull(rows, "rows is null");
        this.tasks = requireNonNull(tasks, "tasks is null");
    }

    /** Applies {@code decision} about {@code alert}, made under {@code policy}, and says what it did. */
    public AlertOutcome apply(IncidentDecision decision, Alert alert, IntakePolicy policy, Instant now) {
        return switch (decision) {
            case IncidentDecision.Open open -> {
                Task task = tasks.add(Task.create(open.task(), now));
                yield opened(AlertOutcome.Kind.OPENED, alert, task.id(), now);
            }
            case IncidentDecision.Reopen reopen -> {
                Task task = tasks.find(reopen.taskId()).orElse(null);
                if (task == null) {
                    // The earlier task was deleted: the re-fire is a new problem to track.
                    yield apply(new IncidentDecision.Open(AlertTasks.detailsOf(alert, policy)), alert, policy, now);
                }
                if (task.status().isClosed()) {
                    Task.StatusChange change = task.moveTo(TaskStatus.OPEN, AlertTasks.refireNote(alert), now);
                    tasks.update(change.task(), List.of(change.event()));
                }
                yield opened(AlertOutcome.Kind.REOPENED, alert, task.id(), now);
            }
            case IncidentDecision.Fold fold -> {
                rows.update(fold.updated());
                yield new AlertOutcome(fold.kind(), fold.updated().taskId(), fold.updated().id(), null, false);
            }
            case IncidentDecision.Resolve resolve -> {
                rows.update(resolve.updated());
                TaskId taskId = resolve.updated().taskId();
                tasks.find(taskId).filter(task -> IncidentRules.resolutionCloses(resolve.closeTask(), task.status())).ifPresent(task -> {
                    Task.StatusChange change = task.moveTo(TaskStatus.DONE, AlertTasks.resolutionNote(resolve.updated()), now);
                    tasks.update(change.task(), List.of(change.event()));
                });
                yield new AlertOutcome(AlertOutcome.Kind.RESOLVED, taskId, resolve.updated().id(), null, false);
            }
            case IncidentDecision.Ignore ignore -> new AlertOutcome(AlertOutcome.Kind.IGNORED, ignore.taskId(), 0, ignore.reason(), false);
        };
    }

    private AlertOutcome opened(AlertOutcome.Kind kind, Alert alert, TaskId taskId, Instant now) {
        long id = rows.insert(Incident.opening(alert, taskId, now));
        return new AlertOutcome(kind, taskId, id, null, false);
    }
}
