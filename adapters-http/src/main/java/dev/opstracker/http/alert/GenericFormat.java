package dev.opstracker.http.alert;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Sha256;
import dev.opstracker.http.shared.Timestamps;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OpsTracker's generic shape: one alert object, or an array of them. An alert without an
 * {@code event_id} is identified by its content: the SHA-256 of the body when the body is that one
 * object, else of the element's compact JSON, so a script's retry changes nothing.
 */
final class GenericFormat implements AlertFormat {

    private static final Map<String, AlertStatus> STATUSES =
            AlertFields.statusWords(AlertStatus.FIRING, AlertStatus.ACKNOWLEDGED, AlertStatus.RESOLVED);
    private static final Map<String, String> WIRE_NAMES = Map.of("dedupKey", "dedup_key", "eventKey", "event_id", "summary", "title");
    private static final TypeReference<List<GenericAlertRequest>> LIST = new TypeReference<>() {
    };

    private final WebhookJson json;

    GenericFormat(WebhookJson json) {
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public AlertSource source() {
        return AlertSource.GENERIC;
    }

    @Override
    public List<Alert> read(byte[] body) throws IOException {
        JsonNode tree = json.tree(body);
        if (tree.isArray()) {
            List<GenericAlertRequest> requests = json.bindStrictly(tree, LIST);
            List<Alert> alerts = new ArrayList<>(requests.size());
            for (int index = 0; index < requests.size(); index++) {
                String path = "[%d]".formatted(index);
                if (requests.get(index) == null) {
                    throw new DomainException.InvalidInput(path, null, "expected an alert object");
                }
                alerts.add(alert(path, requests.get(index), Sha256.hex(json.bytesOf(tree.get(index)))));
            }
            return alerts;
        }
        WebhookJson.requireObject("body", tree, "expected an alert object or an array of them");
        return List.of(alert("", json.bindStrictly(tree, GenericAlertRequest.class), Sha256.hex(body)));
    }

    private static Alert alert(String path, GenericAlertRequest request, String contentHash) {
        String prefix = path.isEmpty() ? "" : path + ".";
        required(prefix + "title", request.title());
        required(prefix + "dedup_key", request.dedupKey());
        AlertStatus status = request.status() == null ? AlertStatus.FIRING : AlertFields.status(prefix + "status", request.status(), STATUSES);
        Severity severity = request.severity() == null ? Severity.WARNING : Severity.parse(prefix + "severity", request.severity());
        Map<String, String> labels = new TreeMap<>(AlertFields.texts(prefix + "labels", request.labels()));
        AlertFields.putIfPresent(labels, "source", request.source(), prefix + "source");
        Map<String, String> annotations = new TreeMap<>(AlertFields.texts(prefix + "annotations", request.annotations()));
        AlertFields.putIfPresent(annotations, "description", request.description(), prefix + "description");
        Instant startsAt = Timestamps.parseOptional(prefix + "starts_at", request.startsAt());
        Instant endsAt = Timestamps.parseOptional(prefix + "ends_at", request.endsAt());
        String eventKey = request.eventId() == null || request.eventId().isBlank() ? "sha256:" + contentHash : request.eventId();
        String summary = AlertFields.summary(request.title());
        return AlertFields.build(path, WIRE_NAMES, () -> new Alert(AlertSource.GENERIC, "", request.dedupKey(), eventKey, status, severity,
                summary, labels, annotations, startsAt, endsAt, Map.of(), null));
    }

    private static void required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException.InvalidInput(field, null, "a non-blank value is required");
        }
    }
}
