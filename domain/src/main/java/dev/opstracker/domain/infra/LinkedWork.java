package dev.opstracker.domain.infra;

import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import java.util.List;

/**
 * Questions that read tasks, components and the links between them together, answered by the
 * store in one pass rather than by walking links one at a time. Only live links count (a
 * tombstone's component is gone), and only links to tasks the task store holds. Callers pass a
 * {@code limit} of 1 or more; implementations are safe for concurrent use.
 */
public interface LinkedWork {

    /**
     * For each component matching {@code query}, how many open tasks (status not
     * {@link TaskStatus#isClosed closed}) are linked to it, or with {@code subtree} to it or any
     * component below it; a task linked several times counts once. Components with none are
     * included (count 0). Most tasks first, ties by ascending component id; at most {@code limit}.
     */
    List<ComponentWorkCount> openTaskCounts(ComponentQuery query, boolean subtree, int limit);

    /**
     * The components matching {@code query} ranked by how many distinct tasks linked to them were
     * active at some instant of {@code range}, a task being active from its creation until it was
     * last closed (or still, while open). Components with no such task are left out. Most tasks
     * first, ties by ascending component id; at most {@code limit}.
     */
    List<ComponentWorkCount> mostWorkedOn(ComponentQuery query, TimeRange range, int limit);

    /**
     * The other tasks in progress that are linked to one of this task's components, to a component
     * above one or to a component below one, by ascending task id, at most {@code limit}; one overlap
     * per other task (the one with the lowest component ids, theirs then ours). Empty for a task
     * with no live links or one the store does not hold.
     */
    List<WorkOverlap> inProgressNear(TaskId taskId, int limit);

    /**
     * The open tasks (status not {@link TaskStatus#isClosed closed}) linked straight to this
     * component, each once, by ascending task id; at most {@code limit}.
     */
    List<TaskId> openTasksOn(ComponentId id, int limit);

    /**
     * The tasks of any status linked to a component matching {@code query}, or with {@code subtree}
     * to one or any component below it (the components a billing tag or a report names), each once,
     * by ascending task id; at most {@code limit}.
     */
    List<TaskId> tasksOn(ComponentQuery query, boolean subtree, int limit);
}
