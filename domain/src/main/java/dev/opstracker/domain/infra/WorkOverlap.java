package dev.opstracker.domain.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.TaskId;

/**
 * Another task in progress on the same part of the infrastructure as a given task.
 *
 * @param otherTask the task in progress
 * @param theirs    where the component that task is linked to is now
 * @param ours      where the given task's component is now: the same, an ancestor or a descendant
 */
public record WorkOverlap(TaskId otherTask, ComponentPath theirs, ComponentPath ours) {

    public WorkOverlap {
        requireNonNull(otherTask, "otherTask is null");
        requireNonNull(theirs, "theirs is null");
        requireNonNull(ours, "ours is null");
    }
}
