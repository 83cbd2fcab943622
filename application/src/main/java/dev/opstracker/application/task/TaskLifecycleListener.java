package dev.opstracker.application.task;

import dev.opstracker.domain.task.TaskId;
import java.util.List;
import java.util.function.Consumer;

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

    /**
     * A listener that tells each of {@code listeners} in turn, in this order. Each is told even when one before it
     * throws; the first failure is thrown once all were told, the others added to it as suppressed.
     */
    static TaskLifecycleListener all(List<TaskLifecycleListener> listeners) {
        List<TaskLifecycleListener> each = List.copyOf(listeners);
        return new TaskLifecycleListener() {
            @Override
            public void taskOpened(TaskId taskId) {
                tell(each, listener -> listener.taskOpened(taskId));
            }

            @Override
            public void taskClosed(TaskId taskId) {
                tell(each, listener -> listener.taskClosed(taskId));
            }
        };
    }

    private static void tell(List<TaskLifecycleListener> listeners, Consumer<TaskLifecycleListener> call) {
        RuntimeException first = null;
        for (TaskLifecycleListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException failure) {
                if (first == null) {
                    first = failure;
                } else {
                    first.addSuppressed(failure);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** An alert opened the task, and its components are linked. */
    default void taskOpened(TaskId taskId) {
    }

    /** The task may have closed: it was moved to DONE, or the alert it tracks resolved (which closes it when nobody started it). */
    default void taskClosed(TaskId taskId) {
    }
}
