package dev.opstracker.http.alert;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to a PagerDuty-shaped event: PagerDuty's own three fields, so its clients read it
 * unchanged, then what the event did here.
 */
record EventResponse(
        @JsonProperty("status") String status,
        @JsonProperty("message") String message,
        @JsonProperty("dedup_key") String dedupKey,
        @JsonProperty("outcome") String outcome,
        @JsonProperty("taskId") Long taskId,
        @JsonProperty("incidentId") Long incidentId,
        @JsonProperty("duplicate") boolean duplicate,
        @JsonProperty("reason") String reason) {

    static EventResponse from(Received received) {
        AlertOutcomeResponse only = received.each(AlertOutcomeResponse::from).getFirst();
        return new EventResponse("success", "Event processed", only.dedupKey(), only.outcome(), only.taskId(), only.incidentId(),
                only.duplicate(), only.reason());
    }
}
