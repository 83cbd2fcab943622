package dev.opstracker.domain.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.TaskId;
import java.time.Instant;

/**
 * A task linked to a component. The component's path at link time is kept, so the link still
 * says what it pointed at after the component is deleted (then {@code componentId} is null: a
 * tombstone) or moved.
 */
public record TaskLink(TaskId taskId, ComponentId componentId, ComponentPath pathAtLink, LinkRole role, Instant linkedAt) {

    public TaskLink {
        requireNonNull(taskId, "taskId is null");
        requireNonNull(pathAtLink, "pathAtLink is null");
        requireNonNull(role, "role is null");
        requireNonNull(linkedAt, "linkedAt is null");
    }

    /** Whether the component was deleted after the link was made. */
    public boolean isTombstone() {
        return componentId == null;
    }
}
