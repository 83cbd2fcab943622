package dev.opstracker.http.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET /api/v1/time/entries}: entries by start, and whether more matched than {@code limit} let through. */
record ListedEntriesResponse(@JsonProperty("items") List<TimeEntryResponse> items, @JsonProperty("truncated") boolean truncated) {
}
