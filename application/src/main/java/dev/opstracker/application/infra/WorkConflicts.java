package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.domain.infra.LinkedWork;
import dev.opstracker.domain.infra.WorkOverlap;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Two people working on the same part of the infrastructure at once: a task going in progress on
 * a component that another in-progress task touches, directly, above or below.
 */
public final class WorkConflicts {

    /** Conflicts reported at most; a report says when there were more. */
    public static final int MAX_REPORTED = 100;

    private final TaskService taskService;
    private final LinkedWork work;

    @Inject
    public WorkConflicts(TaskService taskService, LinkedWork work) {
        this.taskService = requireNonNull(taskService, "taskService is null");
        this.work = requireNonNull(work, "work is null");
    }

    /** {@link #start(TaskId, String, OptionalLong, boolean)} without a note for the history. */
    public StartedWork start(TaskId taskId, OptionalLong expectedVersion, boolean strict) {
        return start(taskId, null, expectedVersion, strict);
    }

    /**
     * Moves a task to IN_PROGRESS. It succeeds and reports the overlapping tasks, or with
     * {@code strict} refuses when there are any. An outdated expected version is refused first.
     *
     * @param note a note for the task's history, or null
     * @throws DomainException.NotFound when there is no such task
     * @throws DomainException.Conflict (reason {@code stale-version}) when the task changed since
     *                                  {@code expectedVersion}; (reason {@code work-conflict}) in strict
     *                                  mode, naming the tasks
     */
    public StartedWork start(TaskId taskId, String note, OptionalLong expectedVersion, boolean strict) {
        Task current = taskService.get(taskId);
        expectedVersion.ifPresent(current::checkVersion);
        ConflictReport report = of(taskId);
        if (strict && !report.conflicts().isEmpty()) {
            throw new DomainException.Conflict("work-conflict", "task %s overlaps work in progress: %s%s".formatted(taskId,
                    report.conflicts().stream().map(WorkConflict::toString).collect(Collectors.joining(", ")),
                    report.capped() ? " and more" : ""));
        }
        Task started = taskService.changeStatus(new ChangeTaskStatusCommand(taskId, TaskStatus.IN_PROGRESS, note, expectedVersion));
        return new StartedWork(started, report.conflicts(), report.capped());
    }

    /**
     * The other in-progress tasks on this task's components, their ancestors or their descendants,
     * by task id: at most {@value #MAX_REPORTED}, one store query however large the subtrees are.
     */
    public ConflictReport of(TaskId taskId) {
        List<WorkOverlap> overlaps = work.inProgressNear(requireNonNull(taskId, "taskId is null"), MAX_REPORTED + 1);
        List<WorkConflict> conflicts = overlaps.stream().limit(MAX_REPORTED).map(WorkConflict::from).toList();
        return new ConflictReport(conflicts, overlaps.size() > MAX_REPORTED);
    }
}
