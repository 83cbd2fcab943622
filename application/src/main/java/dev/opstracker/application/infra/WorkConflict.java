package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.WorkOverlap;
import dev.opstracker.domain.task.TaskId;

/**
 * Another task in progress on the same part of the infrastructure.
 *
 * @param otherTask the task already in progress
 * @param theirs    the component that task is linked to
 * @param ours      the component of this task it overlaps (the same, an ancestor or a descendant)
 */
public record WorkConflict(TaskId otherTask, ComponentPath theirs, ComponentPath ours) {

    public WorkConflict {
        requireNonNull(otherTask, "otherTask is null");
        requireNonNull(theirs, "theirs is null");
        requireNonNull(ours, "ours is null");
    }

    static WorkConflict from(WorkOverlap overlap) {
        return new WorkConflict(overlap.otherTask(), overlap.theirs(), overlap.ours());
    }

    @Override
    public String toString() {
        return "task %s on %s".formatted(otherTask, theirs);
    }
}
