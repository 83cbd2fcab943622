package dev.opstracker.application.shared;

import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.task.TaskStatus;
import java.util.List;

/**
 * Told what the use cases did, after it is stored, so that it can be counted (the metrics adapter) without the
 * services knowing how. Every method does nothing by default, is called on the request's thread and must return
 * quickly without throwing: counting never fails a use case.
 */
public interface ActivityListener {

    /** A listener that counts nothing. */
    ActivityListener NONE = new ActivityListener() {
    };

    /** How a task came to open or close. */
    enum Origin {
        /** A person or program through the task use cases (the API or the embedding library). */
        USER,
        /** Alert intake: a first firing opened it, or its resolution closed it. */
        ALERT
    }

    /** A task was created, by a user or by an alert's first firing (a sender's retry of that alert is not told again). */
    default void taskOpened(Origin origin) {
    }

    /**
     * A task was moved into {@code status}, which {@linkplain TaskStatus#isClosed() is closed}, from a status that was
     * not: by a user ({@link Origin#USER}), or by its alert resolving ({@link Origin#ALERT}; a sender's retry of that
     * resolution is not told again).
     */
    default void taskClosed(TaskStatus status, Origin origin) {
    }

    /** One delivery of {@code source} was applied: one outcome per alert it carried, in order. */
    default void alertsApplied(AlertSource source, List<AlertOutcome> outcomes) {
    }

    /** A delivery of {@code source} could not be applied and was kept as a dead letter. */
    default void deadLettered(AlertSource source) {
    }
}
