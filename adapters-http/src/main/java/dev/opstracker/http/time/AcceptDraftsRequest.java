package dev.opstracker.http.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code POST /api/v1/time/drafts}: the day and zone the drafts were proposed for, and
 * the drafts to accept by task, each with its span and activity as the person left them (absent:
 * as proposed). {@code user} defaults to the token's name.
 */
record AcceptDraftsRequest(
        @JsonProperty("day") String day,
        @JsonProperty("tz") String tz,
        @JsonProperty("user") String user,
        @JsonProperty("items") List<Item> items) {

    /** One draft to accept: its task, and its span and activity when edited. */
    record Item(
            @JsonProperty("taskId") Long taskId,
            @JsonProperty("start") String start,
            @JsonProperty("end") String end,
            @JsonProperty("activity") String activity) {
    }
}
