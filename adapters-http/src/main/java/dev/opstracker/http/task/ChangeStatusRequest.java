package dev.opstracker.http.task;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /api/v1/tasks/{id}/status}: the new status and an optional note for the history. */
record ChangeStatusRequest(
        @JsonProperty("status") String status,
        @JsonProperty("note") String note) {
}
