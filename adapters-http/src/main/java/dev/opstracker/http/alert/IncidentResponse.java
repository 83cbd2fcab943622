package dev.opstracker.http.alert;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.shared.Page;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One stretch of a problem as the API shows it: a member alert of a task, or a pending one. */
record IncidentResponse(
        @JsonProperty("id") long id,
        @JsonProperty("source") String source,
        @JsonProperty("scope") String scope,
        @JsonProperty("dedupKey") String dedupKey,
        @JsonProperty("taskId") Long taskId,
        @JsonProperty("status") String status,
        @JsonProperty("pending") boolean pending,
        @JsonProperty("severity") String severity,
        @JsonProperty("summary") String summary,
        @JsonProperty("startsAt") Instant startsAt,
        @JsonProperty("endsAt") Instant endsAt,
        @JsonProperty("firstSeenAt") Instant firstSeenAt,
        @JsonProperty("lastSeenAt") Instant lastSeenAt,
        @JsonProperty("resolvedAt") Instant resolvedAt,
        @JsonProperty("occurrences") long occurrences) {

    static IncidentResponse from(Incident incident) {
        return new IncidentResponse(incident.id(), incident.source().wireName(), incident.scope(), incident.dedupKey(),
                incident.taskId() == null ? null : incident.taskId().value(), incident.status().name().toLowerCase(Locale.ROOT), incident.isPending(),
                incident.severity().name().toLowerCase(Locale.ROOT), incident.summary(), incident.startsAt(), incident.endsAt(), incident.firstSeenAt(),
                incident.lastSeenAt(), incident.resolvedAt(), incident.occurrences());
    }

    record Listing(@JsonProperty("items") List<IncidentResponse> items, @JsonProperty("next") String next, @JsonProperty("total") long total) {
        static Listing of(List<Incident> incidents) {
            return new Listing(incidents.stream().map(IncidentResponse::from).toList(), null, incidents.size());
        }

        static Listing from(Page<Incident> page) {
            return new Listing(page.items().stream().map(IncidentResponse::from).toList(), page.next(), page.total());
        }
    }
}
