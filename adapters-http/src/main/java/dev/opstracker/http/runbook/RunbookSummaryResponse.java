package dev.opstracker.http.runbook;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.runbook.StoredRunbook;
import dev.opstracker.domain.task.TaskId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A runbook in a listing: what it is, its current version, how often it was suggested and how often that task was resolved. */
record RunbookSummaryResponse(
        @JsonProperty("slug") String slug,
        @JsonProperty("title") String title,
        @JsonProperty("version") int version,
        @JsonProperty("steps") int steps,
        @JsonProperty("alertNames") List<String> alertNames,
        @JsonProperty("componentKinds") List<String> componentKinds,
        @JsonProperty("sourceTasks") List<Long> sourceTasks,
        @JsonProperty("timesUsed") long timesUsed,
        @JsonProperty("timesResolved") long timesResolved,
        @JsonProperty("updatedAt") String updatedAt) {

    static RunbookSummaryResponse from(StoredRunbook stored) {
        return new RunbookSummaryResponse(stored.slug().value(), stored.runbook().title(), stored.version(), stored.runbook().steps().size(),
                List.copyOf(stored.runbook().scope().alertNames()), List.copyOf(stored.runbook().scope().componentKinds()),
                stored.runbook().sourceTasks().stream().map(TaskId::value).toList(), stored.timesUsed(), stored.timesResolved(),
                stored.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
    }
}
