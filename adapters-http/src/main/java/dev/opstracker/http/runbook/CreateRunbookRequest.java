package dev.opstracker.http.runbook;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code POST /api/v1/runbooks}: a title, and the finished tasks to learn from, either
 * named ({@code taskIds}) or selected by a filter (the alert that opened them, components in the
 * filter language, and how many days back they were completed).
 */
record CreateRunbookRequest(
        @JsonProperty("title") String title,
        @JsonProperty("taskIds") List<Long> taskIds,
        @JsonProperty("filter") Filter filter) {

    /** Which finished tasks to learn from when none are named. */
    record Filter(
            @JsonProperty("alert") String alert,
            @JsonProperty("components") String components,
            @JsonProperty("days") Integer days) {
    }
}
