package dev.opstracker.http.alert;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A PagerDuty Events API v2 event ({@code POST /v2/enqueue}). Acknowledge and resolve events need
 * only {@code routing_key}, {@code event_action} and {@code dedup_key}; a trigger also needs
 * {@code payload} with summary, source and severity.
 *
 * @param routingKey  the integration key; it scopes the dedup key
 * @param eventAction {@code trigger}, {@code acknowledge} or {@code resolve}
 * @param dedupKey    the problem's key, at most 255 characters; optional on trigger
 */
record EventsPayload(
        @JsonProperty("routing_key") String routingKey,
        @JsonProperty("event_action") String eventAction,
        @JsonProperty("dedup_key") String dedupKey,
        @JsonProperty("payload") Details payload,
        @JsonProperty("client") String client,
        @JsonProperty("client_url") String clientUrl,
        @JsonProperty("links") List<Link> links,
        @JsonProperty("images") List<Image> images) {

    /**
     * What the event says about the problem.
     *
     * @param severity      {@code critical}, {@code error}, {@code warning} or {@code info}
     * @param timestamp     when the problem was detected, ISO 8601 (PagerDuty writes offsets such as {@code +0000})
     * @param eventClass    the JSON member {@code class}
     * @param customDetails free-form, any JSON
     */
    record Details(
            @JsonProperty("summary") String summary,
            @JsonProperty("source") String source,
            @JsonProperty("severity") String severity,
            @JsonProperty("timestamp") String timestamp,
            @JsonProperty("component") String component,
            @JsonProperty("group") String group,
            @JsonProperty("class") String eventClass,
            @JsonProperty("custom_details") JsonNode customDetails) {
    }

    record Link(@JsonProperty("href") String href, @JsonProperty("text") String text) {
    }

    record Image(@JsonProperty("src") String src, @JsonProperty("href") String href, @JsonProperty("alt") String alt) {
    }
}
