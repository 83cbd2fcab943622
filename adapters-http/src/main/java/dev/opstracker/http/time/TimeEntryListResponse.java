package dev.opstracker.http.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Entries in one piece, in the order the use case gives them (by start): suspicious timers, overlaps, the parts of a split. */
record TimeEntryListResponse(@JsonProperty("items") List<TimeEntryResponse> items) {
}
