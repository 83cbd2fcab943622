package dev.opstracker.http.time;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /api/v1/time/start}. Only {@code taskId} is required; {@code zone}
 * defaults to UTC, {@code activity} to {@code other}, and {@code user} to the token's name (another
 * user needs an admin token).
 */
record StartTimerRequest(
        @JsonProperty("taskId") Long taskId,
        @JsonProperty("zone") String zone,
        @JsonProperty("activity") String activity,
        @JsonProperty("user") String user) {
}
