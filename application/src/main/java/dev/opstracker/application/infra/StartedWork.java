package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.Task;
import java.util.List;

/**
 * A task now in progress, with the other tasks in progress on the same components, if any.
 *
 * @param conflicts at most {@link WorkConflicts#MAX_REPORTED} overlapping tasks, by task id
 * @param capped    whether more tasks overlap than {@code conflicts} lists
 */
public record StartedWork(Task task, List<WorkConflict> conflicts, boolean capped) {

    public StartedWork {
        requireNonNull(task, "task is null");
        conflicts = List.copyOf(conflicts);
    }
}
