package dev.opstracker.http.alert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.domain.testing.Gen;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Valid deliveries of every alert format, generated, each with the labels its alerts must carry
 * once read: Alertmanager (version 4), Grafana (version 1, with its extra fields), PagerDuty-style
 * events, and OpsTracker's generic shape (one object or an array).
 */
final class AlertPayloads {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A body and the labels of each alert it holds, in order. */
    record Payload(ObjectNode body, List<Map<String, String>> labels) {
    }

    /** An array body of the generic format, with the labels of each element. */
    record ArrayPayload(ArrayNode body, List<Map<String, String>> labels) {
    }

    private AlertPayloads() {
    }

    static Gen<Payload> alertmanager(boolean grafana) {
        return Gen.combine(alertmanagerAlert(grafana).list(4), text(0, 60), Gen.of("firing", "resolved"), (alerts, groupKey, status) -> {
            ObjectNode body = NODES.objectNode().put("version", grafana ? "1" : "4").put("groupKey", groupKey).put("status", status)
                    .put("receiver", "opstracker").put("externalURL", "https://alerts.example.com/").put("truncatedAlerts", 0);
            body.putArray("alerts").addAll(alerts.stream().map(Entry::node).toList());
            if (grafana) {
                body.put("orgId", 1).put("title", "[FIRING] " + groupKey).put("state", "alerting").put("message", "**Firing**");
            }
            return new Payload(body, alerts.stream().map(Entry::labels).toList());
        });
    }

    private record Entry(ObjectNode node, Map<String, String> labels) {
    }

    private static Gen<Entry> alertmanagerAlert(boolean grafana) {
        Gen<Map<String, String>> labels = labels();
        Gen<String> status = Gen.of("firing", "resolved", "FIRING");
        Gen<Map<String, String>> annotations = annotations();
        Gen<String> instants = instants();
        Gen<String> fingerprints = Gen.frequency(Gen.weight(4, Gen.strings("0123456789abcdef", 16, 16)), Gen.weight(1, Gen.just((String) null)));
        Gen<Double> values = Gen.doubles(-1e6, 1e6);
        return random -> {
            Map<String, String> alertLabels = labels.next(random);
            ObjectNode alert = NODES.objectNode().put("status", status.next(random)).put("startsAt", instants.next(random))
                    .put("endsAt", "0001-01-01T00:00:00Z").put("generatorURL", "https://prometheus.example.com/graph")
                    .put("fingerprint", fingerprints.next(random));
            alert.set("labels", strings(alertLabels));
            alert.set("annotations", strings(annotations.next(random)));
            if (grafana) {
                double value = values.next(random);
                alert.put("silenceURL", "https://grafana.example.com/silence").put("dashboardURL", "https://grafana.example.com/d/x")
                        .put("panelURL", "https://grafana.example.com/d/x?viewPanel=3").put("imageURL", "https://grafana.example.com/i.png")
                        .put("valueString", "[ var='B' value=" + value + " ]").put("ruleUID", "rule-1").put("orgId", 1);
                alert.putObject("values").put("B", value).put("C", 1);
            }
            return new Entry(alert, alertLabels);
        };
    }

    /** A PagerDuty Events API v2 event; its labels are the payload's source, component, group and class. */
    static Gen<Payload> events() {
        Gen<String> actions = Gen.of("trigger", "acknowledge", "resolve");
        Gen<String> dedupKeys = text(1, 40);
        Gen<String> summaries = text(1, 60);
        Gen<String> sources = text(1, 40);
        Gen<String> severities = Gen.of("critical", "error", "warning", "info");
        Gen<String> components = Gen.of("postgres", "checkout", "web");
        Gen<String> timestamps = instants();
        return random -> {
            String source = sources.next(random);
            String component = components.next(random);
            ObjectNode body = NODES.objectNode().put("routing_key", "R0123456789abcdef0123456789abcdef").put("event_action", actions.next(random))
                    .put("dedup_key", dedupKeys.next(random)).put("client", "Monitoring").put("client_url", "https://monitoring.example.com");
            ObjectNode payload = body.putObject("payload").put("summary", summaries.next(random)).put("source", source)
                    .put("severity", severities.next(random)).put("timestamp", timestamps.next(random)).put("component", component)
                    .put("group", "prod").put("class", "deploy");
            payload.putObject("custom_details").put("free", "form").putArray("list").add(1).add("two");
            body.putArray("links").addObject().put("href", "https://example.com/runbook").put("text", "Runbook");
            body.putArray("images").addObject().put("src", "https://example.com/graph.png");
            Map<String, String> labels = new TreeMap<>(Map.of("component", component, "group", "prod", "class", "deploy"));
            if (!source.isBlank()) {
                labels.put("source", source.strip());
            }
            return new Payload(body, List.of(labels));
        };
    }

    /** One alert of the generic shape; its labels are its own plus {@code source}. */
    static Gen<Payload> generic() {
        Gen<String> titles = text(1, 60);
        Gen<String> dedupKeys = text(1, 40);
        Gen<Map<String, String>> labels = labels();
        Gen<Map<String, String>> annotations = annotations();
        Gen<String> statuses = Gen.of("firing", "acknowledged", "resolved");
        Gen<String> severities = Gen.of("critical", "error", "warning", "info");
        Gen<String> instants = instants();
        return random -> {
            Map<String, String> alertLabels = labels.next(random);
            ObjectNode body = NODES.objectNode().put("title", titles.next(random)).put("dedup_key", dedupKeys.next(random))
                    .put("status", statuses.next(random)).put("severity", severities.next(random)).put("source", "web-7")
                    .put("description", "longer text").put("starts_at", instants.next(random));
            body.set("labels", strings(alertLabels));
            body.set("annotations", strings(annotations.next(random)));
            Map<String, String> expected = new TreeMap<>(alertLabels);
            expected.putIfAbsent("source", "web-7");
            return new Payload(body, List.of(expected));
        };
    }

    static Gen<ArrayPayload> genericArray() {
        return generic().list(1, 4).map(payloads -> {
            ArrayNode array = NODES.arrayNode();
            payloads.forEach(payload -> array.add(payload.body()));
            return new ArrayPayload(array, payloads.stream().map(payload -> payload.labels().getFirst()).toList());
        });
    }

    /** Prometheus label names, values of any script; an alertname mostly. */
    private static Gen<Map<String, String>> labels() {
        Gen<String> name = Gen.combine(Gen.strings("abcdefghijklmnopqrstuvwxyz_", 1, 1),
                Gen.strings("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", 0, 20), String::concat);
        Gen<String> alertnames = Gen.frequency(Gen.weight(4, text(1, 40)), Gen.weight(1, Gen.just((String) null)));
        return Gen.combine(Gen.maps(name, text(0, 60), 0, 8), alertnames, (labels, alertname) -> {
            Map<String, String> all = new TreeMap<>(labels);
            if (alertname != null) {
                all.put("alertname", alertname);
            }
            return all;
        });
    }

    private static Gen<Map<String, String>> annotations() {
        return Gen.maps(Gen.of("summary", "description", "runbook_url", "dashboard"), text(0, 200), 0, 4);
    }

    /** Instants as senders write them, to the nanosecond or the second, across four centuries. */
    private static Gen<String> instants() {
        return Gen.combine(Gen.longs(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2300-01-01T00:00:00Z").getEpochSecond()),
                Gen.of(0, 123_000_000, 123_456_789), (seconds, nanos) -> Instant.ofEpochSecond(seconds, nanos).toString());
    }

    /** Well-formed text of any script, NUL and control characters included; no surrogates, no noncharacters. */
    private static Gen<String> text(int min, int max) {
        Gen<Integer> unit = Gen.frequency(Gen.weight(6, Gen.ints(0x20, 0x7E)), Gen.weight(1, Gen.ints(0x00, 0x1F)),
                Gen.weight(3, Gen.ints(0x7F, 0xD7FF)), Gen.weight(1, Gen.ints(0xE000, 0xFFFD)));
        Gen<String> text = unit.list(min, max).map(units -> {
            StringBuilder written = new StringBuilder(units.size());
            units.forEach(code -> written.append((char) code.intValue()));
            return written.toString();
        });
        return min > 0 ? text.filter(value -> !value.isBlank()) : text;
    }

    private static ObjectNode strings(Map<String, String> entries) {
        ObjectNode object = NODES.objectNode();
        entries.forEach(object::put);
        return object;
    }
}
