package dev.opstracker.http.alert;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * PagerDuty Events API v2 events, one per delivery: the routing key scopes the dedup key, the
 * action says trigger, acknowledge or resolve, and the event key is routing key + dedup key +
 * action + the SHA-256 of the body, so only a byte-identical retry counts as the same event.
 */
final class EventsFormat implements AlertFormat {

    private static final Map<String, AlertStatus> ACTIONS = actions();
    private static final Map<String, String> WIRE_NAMES = Map.of("scope", "routing_key", "dedupKey", "dedup_key",
            "eventKey", "dedup_key", "summary", "payload.summary");

    private final WebhookJson json;

    EventsFormat(WebhookJson json) {
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public AlertSource source() {
        return AlertSource.EVENTS;
    }

    @Override
    public List<Alert> read(byte[] body) throws IOException {
        EventsPayload event = json.bindTolerantly(json.tree(body), EventsPayload.class);
        String routingKey = required("routing_key", event.routingKey());
        AlertStatus status = AlertFields.status("event_action", event.eventAction(), ACTIONS);
        String action = event.eventAction().strip().toLowerCase(Locale.ROOT);
        String bodyHash = Sha256.hex(body);
        String dedupKey = dedupKey(event, status, routingKey, bodyHash);
        EventsPayload.Details details = details(event, status);
        Severity severity = details.severity() == null ? Severity.WARNING : Severity.parse("payload.severity", details.severity());
        Instant startsAt = EventsTimestamps.parseOptional("payload.timestamp", details.timestamp());
        String summary = AlertFields.summary(details.summary(), action + " " + dedupKey);
        String eventKey = AlertFields.eventKey(routingKey, dedupKey, action, bodyHash);
        Map<String, String> labels = labels(details);
        Map<String, String> annotations = annotations(event, details);
        Map<String, String> links = links(event);
        return List.of(AlertFields.build("", WIRE_NAMES, () -> new Alert(AlertSource.EVENTS, routingKey, dedupKey, eventKey, status,
                severity, summary, labels, annotations, startsAt, null, links, null)));
    }

    /**
     * A trigger without a key gets a UUID, as PagerDuty does; it is derived from the body (name-based,
     * version 3) rather than random, so a sender's retry of the same body lands on the same problem.
     */
    private static String dedupKey(EventsPayload event, AlertStatus status, String routingKey, String bodyHash) {
        if (event.dedupKey() != null && !event.dedupKey().isBlank()) {
            return event.dedupKey();
        }
        if (status != AlertStatus.FIRING) {
            throw new DomainException.InvalidInput("dedup_key", null, "acknowledge and resolve events need the dedup_key of their trigger");
        }
        return UUID.nameUUIDFromBytes((routingKey + "|" + bodyHash).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A trigger must say what is wrong, where, and how badly; acknowledge and resolve may leave the payload out. */
    private static EventsPayload.Details details(EventsPayload event, AlertStatus status) {
        EventsPayload.Details details = event.payload();
        if (status != AlertStatus.FIRING) {
            return details == null ? new EventsPayload.Details(null, null, null, null, null, null, null, null) : details;
        }
        if (details == null) {
            throw new DomainException.InvalidInput("payload", null, "a trigger needs a payload with summary, source and severity");
        }
        required("payload.summary", details.summary());
        required("payload.source", details.source());
        required("payload.severity", details.severity());
        return details;
    }

    private static Map<String, String> labels(EventsPayload.Details details) {
        Map<String, String> labels = new TreeMap<>();
        AlertFields.putIfPresent(labels, "source", details.source(), "payload.source");
        AlertFields.putIfPresent(labels, "component", details.component(), "payload.component");
        AlertFields.putIfPresent(labels, "group", details.group(), "payload.group");
        AlertFields.putIfPresent(labels, "class", details.eventClass(), "payload.class");
        return labels;
    }

    /** Custom details are free-form JSON: kept as one annotation, as sent (text) or as compact JSON. */
    private static Map<String, String> annotations(EventsPayload event, EventsPayload.Details details) {
        Map<String, String> annotations = new TreeMap<>();
        JsonNode custom = details.customDetails();
        if (custom != null && !custom.isNull()) {
            annotations.put("custom_details", Alert.checkValue("payload.custom_details",
                    AlertFields.cut(custom.isTextual() ? custom.textValue() : custom.toString(), Alert.MAX_VALUE_LENGTH)));
        }
        AlertFields.putIfPresent(annotations, "client", event.client(), "client");
        return annotations;
    }

    /** Named by their text where given; links are shown to people, never fetched. */
    private static Map<String, String> links(EventsPayload event) {
        Map<String, String> links = new LinkedHashMap<>();
        AlertFields.putIfPresent(links, "client", event.clientUrl(), "client_url");
        List<EventsPayload.Link> given = event.links() == null ? List.of() : event.links();
        for (int index = 0; index < given.size(); index++) {
            EventsPayload.Link link = given.get(index);
            if (link != null && link.href() != null && !link.href().isBlank()) {
                String path = "links[%d]".formatted(index);
                String text = link.text() == null || link.text().isBlank() ? "link " + (index + 1) : Alert.checkValue(path + ".text", link.text());
                AlertFields.putIfPresent(links, unique(links, AlertFields.cut(text.strip(), Alert.MAX_NAME_LENGTH - 8)), link.href(), path + ".href");
            }
        }
        List<EventsPayload.Image> images = event.images() == null ? List.of() : event.images();
        for (int index = 0; index < images.size(); index++) {
            EventsPayload.Image image = images.get(index);
            if (image != null) {
                AlertFields.putIfPresent(links, "image " + (index + 1), image.src(), "images[%d].src".formatted(index));
            }
        }
        return links;
    }

    private static String unique(Map<String, String> links, String name) {
        String candidate = name;
        for (int copy = 2; links.containsKey(candidate); copy++) {
            candidate = name + " (" + copy + ")";
        }
        return candidate;
    }

    private static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException.InvalidInput(field, null, "a non-blank value is required");
        }
        return text.strip();
    }

    private static Map<String, AlertStatus> actions() {
        Map<String, AlertStatus> actions = new LinkedHashMap<>();
        actions.put("trigger", AlertStatus.FIRING);
        actions.put("acknowledge", AlertStatus.ACKNOWLEDGED);
        actions.put("resolve", AlertStatus.RESOLVED);
        return Collections.unmodifiableMap(actions);
    }
}
