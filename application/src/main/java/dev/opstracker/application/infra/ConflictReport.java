package dev.opstracker.application.infra;

import java.util.List;

/**
 * The work in progress a task overlaps.
 *
 * @param conflicts the overlapping tasks, by task id, at most {@link WorkConflicts#MAX_REPORTED}
 * @param capped    whether there were more than those
 */
public record ConflictReport(List<WorkConflict> conflicts, boolean capped) {

    public ConflictReport {
        conflicts = List.copyOf(conflicts);
    }
}
