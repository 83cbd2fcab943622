package dev.opstracker.application.task;

import dev.opstracker.domain.task.TaskId;

/**
 * Told when tasks open and close, after the change is stored, so that other features can follow
 * tasks (runbook suggestions) without the services that open and close them knowing those features.
 * Every method does nothing by default. Calls may repeat for one task (a sender's retry of an alert,
 * a task reopened and closed again): a listener keeps its own effects once per task.
 */
public interface TaskLifecycleListener {

    /** A listener that ignores everything. */
    TaskLifecycleListener NONE = new TaskLifecycleListener() {
    };

    /** An alert opened the task, and its components are linked. */
    default void taskOpened(TaskId taskId) {
    }

    /** The task may have closed: it was moved to DONE, or the alert it tracks resolved (which closes it when nobody started it). */
    default void taskClosed(TaskId taskId) {
    }
}
