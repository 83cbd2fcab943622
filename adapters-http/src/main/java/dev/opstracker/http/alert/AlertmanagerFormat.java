package dev.opstracker.http.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Text;
import dev.opstracker.http.shared.Timestamps;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alertmanager's webhook (version "4") and Grafana's (version "1", a superset), read into alerts:
 * the fingerprint is the dedup key, fingerprint + startsAt + status the event key, and
 * {@code alerts[].status} alone says firing or resolved.
 */
final class AlertmanagerFormat implements AlertFormat {

    private static final Logger LOG = LoggerFactory.getLogger(AlertmanagerFormat.class);
    private static final Map<String, AlertStatus> STATUSES = AlertFields.statusWords(AlertStatus.FIRING, AlertStatus.RESOLVED);
    /** Go's zero time: Alertmanager's way of saying "no end" on alerts created by hand. */
    private static final Instant ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");
    private static final String VALUES = "values.";
    private static final int MAX_PLAIN_SCALE = 40;
    /** The domain's field names as this format spells them, for errors. */
    private static final Map<String, String> WIRE_NAMES = Map.of("dedupKey", "fingerprint", "eventKey", "fingerprint", "groupKey", "groupKey");

    private final AlertSource source;
    private final WebhookJson json;

    AlertmanagerFormat(AlertSource source, WebhookJson json) {
        this.source = requireNonNull(source, "source is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public AlertSource source() {
        return source;
    }

    @Override
    public List<Alert> read(byte[] body) throws IOException {
        AlertmanagerPayload payload = json.bindTolerantly(json.tree(body), AlertmanagerPayload.class);
        if (payload.alerts() == null) {
            throw new DomainException.InvalidInput("alerts", null, "expected an array of alerts");
        }
        if (payload.groupKey() != null && !payload.groupKey().isBlank()) {
            // Every alert of the delivery carries it: checked once, under its own name.
            Alert.checkValue("groupKey", payload.groupKey());
        }
        if (payload.truncatedAlerts() != null && payload.truncatedAlerts() > 0) {
            LOG.warn("A {} delivery left out {} alerts (max_alerts); only the {} sent are recorded",
                    source.wireName(), payload.truncatedAlerts(), payload.alerts().size());
        }
        List<Alert> alerts = new ArrayList<>(payload.alerts().size());
        for (int index = 0; index < payload.alerts().size(); index++) {
            alerts.add(alert("alerts[%d]".formatted(index), payload.alerts().get(index), payload));
        }
        return alerts;
    }

    private Alert alert(String path, AlertmanagerPayload.Entry entry, AlertmanagerPayload payload) {
        if (entry == null) {
            throw new DomainException.InvalidInput(path, null, "expected an alert object");
        }
        Map<String, String> labels = AlertFields.texts(path + ".labels", entry.labels());
        Map<String, String> annotations = new TreeMap<>(AlertFields.texts(path + ".annotations", entry.annotations()));
        AlertStatus status = AlertFields.status(path + ".status", entry.status(), STATUSES);
        String fingerprint = entry.fingerprint() == null || entry.fingerprint().isBlank()
                ? AlertmanagerFingerprint.of(labels) : entry.fingerprint().strip();
        Instant startsAt = instant(path + ".startsAt", entry.startsAt());
        Instant endsAt = instant(path + ".endsAt", entry.endsAt());
        String eventKey = AlertFields.eventKey(fingerprint, startsAt == null ? "" : startsAt.toString(), AlertFields.wireName(status));
        String summary = AlertFields.summary(annotations.get("summary"), annotations.get("description"), named(labels), "alert " + fingerprint);
        Severity severity = Severity.lenient(labels.get("severity")).orElse(Severity.WARNING);
        addGrafanaValues(path, entry, annotations);
        Map<String, String> links = links(path, entry, payload);
        return AlertFields.build(path, WIRE_NAMES, () -> new Alert(source, "", fingerprint, eventKey, status, severity, summary,
                labels, annotations, startsAt, endsAt, links, payload.groupKey()));
    }

    /** {@code alertname}, with {@code instance} when there is one: what a person recognises when no annotation says more. */
    private static String named(Map<String, String> labels) {
        String name = labels.get("alertname");
        if (name == null || name.isBlank()) {
            return null;
        }
        String instance = labels.get("instance");
        return instance == null || instance.isBlank() ? name : name + " on " + instance;
    }

    private static Instant instant(String field, String text) {
        Instant instant = Timestamps.parseOptional(field, text);
        return instant == null || !instant.isAfter(ZERO_TIME) ? null : instant;
    }

    /**
     * Grafana's query results and rule id are descriptive, so they join the annotations (which win on
     * a clash). A value is written plainly unless that would take more than {@value #MAX_PLAIN_SCALE}
     * zeros: {@code 1e100000000} is a short JSON number, but a hundred million digits written out.
     */
    private static void addGrafanaValues(String path, AlertmanagerPayload.Entry entry, Map<String, String> annotations) {
        if (entry.values() != null) {
            entry.values().forEach((refId, value) -> {
                if (value != null) {
                    annotations.putIfAbsent(refIdName(path + ".values", refId),
                            Math.abs(value.scale()) <= MAX_PLAIN_SCALE ? value.toPlainString() : value.toString());
                }
            });
        }
        AlertFields.putIfPresent(annotations, "valueString",
                entry.valueString() == null ? null : AlertFields.cut(entry.valueString(), Alert.MAX_VALUE_LENGTH), path + ".valueString");
        AlertFields.putIfPresent(annotations, "ruleUID", entry.ruleUID(), path + ".ruleUID");
    }

    /** The annotation a query result is kept under, {@code values.B}; a refID that cannot be one is refused under {@code field}. */
    private static String refIdName(String field, String refId) {
        Text.requireWellFormed(field, refId);
        if (refId.length() > Alert.MAX_NAME_LENGTH - VALUES.length()) {
            throw new DomainException.InvalidInput(field, refId, "a refID has at most %d characters".formatted(Alert.MAX_NAME_LENGTH - VALUES.length()));
        }
        return VALUES + refId;
    }

    /** Links are never fetched (SSRF); they are shown to people. */
    private Map<String, String> links(String path, AlertmanagerPayload.Entry entry, AlertmanagerPayload payload) {
        Map<String, String> links = new LinkedHashMap<>();
        AlertFields.putIfPresent(links, "generator", entry.generatorURL(), path + ".generatorURL");
        AlertFields.putIfPresent(links, source.wireName(), payload.externalURL(), "externalURL");
        AlertFields.putIfPresent(links, "silence", entry.silenceURL(), path + ".silenceURL");
        AlertFields.putIfPresent(links, "dashboard", entry.dashboardURL(), path + ".dashboardURL");
        AlertFields.putIfPresent(links, "panel", entry.panelURL(), path + ".panelURL");
        AlertFields.putIfPresent(links, "image", entry.imageURL(), path + ".imageURL");
        return links;
    }
}
