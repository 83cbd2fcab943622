package dev.opstracker.http.alert;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One alert in OpsTracker's own shape, for scripts and tools without a format of their own. Read
 * strictly, like the rest of the API: a misspelt field is refused rather than ignored.
 *
 * @param title       one line saying what is wrong; required
 * @param severity    {@code critical}, {@code error}, {@code warning} (the default) or {@code info}
 * @param source      where it was seen, such as a host name; kept as the label {@code source}
 * @param dedupKey    the problem's key, at most 512 characters; required
 * @param status      {@code firing} (the default), {@code acknowledged} or {@code resolved}
 * @param description longer text, kept as the annotation {@code description}
 * @param startsAt    ISO-8601 instant
 * @param endsAt      ISO-8601 instant
 * @param eventId     this event's identity; by default the SHA-256 of the alert's JSON
 */
record GenericAlertRequest(
        @JsonProperty("title") String title,
        @JsonProperty("severity") String severity,
        @JsonProperty("source") String source,
        @JsonProperty("dedup_key") String dedupKey,
        @JsonProperty("status") String status,
        @JsonProperty("labels") Map<String, String> labels,
        @JsonProperty("annotations") Map<String, String> annotations,
        @JsonProperty("description") String description,
        @JsonProperty("starts_at") String startsAt,
        @JsonProperty("ends_at") String endsAt,
        @JsonProperty("event_id") String eventId) {
}
