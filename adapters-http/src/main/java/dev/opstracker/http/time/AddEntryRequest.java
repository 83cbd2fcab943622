package dev.opstracker.http.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.application.time.NewEntry;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.http.shared.Timestamps;
import java.time.Instant;

/**
 * The body of {@code POST /api/v1/time/entries}: time recorded by hand, so {@code taskId},
 * {@code start} and {@code end} are required. {@code zone} defaults to UTC as for a timer; client and
 * project default from the task; {@code billable} defaults to true; {@code user} to the token's name.
 */
record AddEntryRequest(
        @JsonProperty("taskId") Long taskId,
        @JsonProperty("user") String user,
        @JsonProperty("start") String start,
        @JsonProperty("end") String end,
        @JsonProperty("zone") String zone,
        @JsonProperty("client") String client,
        @JsonProperty("project") String project,
        @JsonProperty("billable") Boolean billable,
        @JsonProperty("note") String note,
        @JsonProperty("activity") String activity) {

    NewEntry toNewEntry(String actingUser) {
        Instant ends = Timestamps.parseOptional("end", end);
        if (ends == null) {
            // A running entry is a timer: it goes through start, which stops the user's previous one.
            throw new DomainException.InvalidInput("end", end, "an entry added by hand has an end; start a timer with POST /api/v1/time/start");
        }
        return new NewEntry(
                TaskIds.required("taskId", taskId),
                actingUser,
                Timestamps.parseOptional("start", start),
                ends,
                Zones.parseOrDefault("zone", zone),
                BillingCode.parseOptional("client", client),
                BillingCode.parseOptional("project", project),
                billable,
                note,
                Activity.parse(activity));
    }
}
