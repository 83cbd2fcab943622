package dev.opstracker.http.task;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.opstracker.application.infra.StartedWork;
import dev.opstracker.application.infra.WorkConflict;
import java.util.List;

/**
 * A task just moved to IN_PROGRESS: the task's own fields, plus the other tasks in progress on the
 * same components, above or below them ({@code conflictsCapped} when more overlap than are listed).
 */
record StartedWorkResponse(
        @JsonUnwrapped TaskResponse task,
        @JsonProperty("conflicts") List<Conflict> conflicts,
        @JsonProperty("conflictsCapped") boolean conflictsCapped) {

    /** {@code path}: the component the other task is linked to; {@code yourPath}: the overlapping one of this task. */
    record Conflict(
            @JsonProperty("taskId") long taskId,
            @JsonProperty("path") String path,
            @JsonProperty("yourPath") String yourPath) {

        static Conflict from(WorkConflict conflict) {
            return new Conflict(conflict.otherTask().value(), conflict.theirs().toString(), conflict.ours().toString());
        }
    }

    static StartedWorkResponse from(StartedWork started) {
        return new StartedWorkResponse(TaskResponse.from(started.task()),
                started.conflicts().stream().map(Conflict::from).toList(), started.capped());
    }
}
