package dev.opstracker.http.time;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The answer to starting a timer: the started entry's own fields, so that it reads like the entry
 * its {@code Location} names, and {@code stopped} holding the user's previous timer when the start
 * stopped one (at the same instant); absent otherwise.
 */
record StartedTimerResponse(
        @JsonUnwrapped TimeEntryResponse started,
        @JsonProperty("stopped") @JsonInclude(JsonInclude.Include.NON_NULL) TimeEntryResponse stopped) {
}
