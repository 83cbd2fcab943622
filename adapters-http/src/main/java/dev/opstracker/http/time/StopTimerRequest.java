package dev.opstracker.http.time;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /api/v1/time/stop}, which may be empty: {@code at} (an ISO-8601 instant,
 * possibly past) defaults to now, {@code user} to the token's name.
 */
record StopTimerRequest(
        @JsonProperty("at") String at,
        @JsonProperty("user") String user) {

    static final StopTimerRequest NOW = new StopTimerRequest(null, null);
}
