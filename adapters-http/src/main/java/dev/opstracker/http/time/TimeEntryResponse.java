package dev.opstracker.http.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryDetails;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A time entry as the API shows it. Instants are ISO-8601 UTC text to the second; {@code end} is
 * null while the timer runs, and {@code durationSeconds} then counts up to the moment of the response.
 */
record TimeEntryResponse(
        @JsonProperty("id") long id,
        @JsonProperty("taskId") long taskId,
        @JsonProperty("user") String user,
        @JsonProperty("start") String start,
        @JsonProperty("end") String end,
        @JsonProperty("zone") String zone,
        @JsonProperty("client") String client,
        @JsonProperty("project") String project,
        @JsonProperty("billable") boolean billable,
        @JsonProperty("note") String note,
        @JsonProperty("activity") String activity,
        @JsonProperty("durationSeconds") long durationSeconds,
        @JsonProperty("running") boolean running,
        @JsonProperty("createdAt") String createdAt,
        @JsonProperty("updatedAt") String updatedAt,
        @JsonProperty("version") long version) {

    static TimeEntryResponse from(TimeEntry entry, Instant now) {
        TimeEntryDetails details = entry.details();
        return new TimeEntryResponse(
                entry.id().value(),
                details.taskId().value(),
                details.user(),
                text(details.start()),
                text(details.end()),
                details.zone().getId(),
                code(details.client()),
                code(details.project()),
                details.billable(),
                details.note(),
                details.activity().wireName(),
                details.seconds(now),
                details.isRunning(),
                text(entry.createdAt()),
                text(entry.updatedAt()),
                entry.version());
    }

    static List<TimeEntryResponse> all(List<TimeEntry> entries, Instant now) {
        return entries.stream().map(entry -> from(entry, now)).toList();
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String code(BillingCode code) {
        return code == null ? null : code.value();
    }
}
