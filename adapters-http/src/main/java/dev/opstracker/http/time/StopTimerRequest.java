package dev.opstracker.http.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.shared.DomainException;

/**
 * The body of {@code POST /api/v1/time/stop}, which may be empty: {@code at} (an ISO-8601 instant,
 * possibly past) defaults to now, or {@code atLastActivity} true stops a forgotten timer at the last
 * activity on its task; {@code user} defaults to the token's name.
 */
record StopTimerRequest(
        @JsonProperty("at") String at,
        @JsonProperty("atLastActivity") Boolean atLastActivity,
        @JsonProperty("user") String user) {

    static final StopTimerRequest NOW = new StopTimerRequest(null, null, null);

    boolean stopsAtLastActivity() {
        if (Boolean.TRUE.equals(atLastActivity) && at != null) {
            throw new DomainException.InvalidInput("at", at, "give either at or atLastActivity, not both");
        }
        return Boolean.TRUE.equals(atLastActivity);
    }
}
