package dev.opstracker.http.alert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.StringArbitrary;

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

    static Arbitrary<Payload> alertmanager(boolean grafana) {
        return alertmanagerAlert(grafana).list().ofMaxSize(4).flatMap(alerts -> Combinators.combine(text(0, 60), Arbitraries.of("firing", "resolved"))
                .as((groupKey, status) -> {
                    ObjectNode body = NODES.objectNode().put("version", grafana ? "1" : "4").put("groupKey", groupKey).put("status", status)
                            .put("receiver", "opstracker").put("externalURL", "https://alerts.example.com/").put("truncatedAlerts", 0);
                    body.putArray("alerts").addAll(alerts.stream().map(Entry::node).toList());
                    if (grafana) {
                        body.put("orgId", 1).put("title", "[FIRING] " + groupKey).put("state", "alerting").put("message", "**Firing**");
                    }
                    return new Payload(body, alerts.stream().map(Entry::labels).toList());
                }));
    }

    private record Entry(ObjectNode node, Map<String, String> labels) {
    }

    private static Arbitrary<Entry> alertmanagerAlert(boolean grafana) {
        return Combinators.combine(labels(), Arbitraries.of("firing", "resolved", "FIRING"), annotations(), instants(),
                        Arbitraries.strings().withChars("0123456789abcdef").ofLength(16).injectNull(0.2), Arbitraries.doubles().between(-1e6, 1e6))
                .as((labels, status, annotations, startsAt, fingerprint, value) -> {
                    ObjectNode alert = NODES.objectNode().put("status", status).put("startsAt", startsAt).put("endsAt", "0001-01-01T00:00:00Z")
                            .put("generatorURL", "https://prometheus.example.com/graph").put("fingerprint", fingerprint);
                    alert.set("labels", strings(labels));
                    alert.set("annotations", strings(annotations));
                    if (grafana) {
                        alert.put("silenceURL", "https://grafana.example.com/silence").put("dashboardURL", "https://grafana.example.com/d/x")
                                .put("panelURL", "https://grafana.example.com/d/x?viewPanel=3").put("imageURL", "https://grafana.example.com/i.png")
                                .put("valueString", "[ var='B' value=" + value + " ]").put("ruleUID", "rule-1").put("orgId", 1);
                        alert.putObject("values").put("B", value).put("C", 1);
                    }
                    return new Entry(alert, labels);
                });
    }

    /** A PagerDuty Events API v2 event; its labels are the payload's source, component, group and class. */
    static Arbitrary<Payload> events() {
        return Combinators.combine(Arbitraries.of("trigger", "acknowledge", "resolve"), text(1, 40), text(1, 60), text(1, 40),
                        Arbitraries.of("critical", "error", "warning", "info"), Arbitraries.of("postgres", "checkout", "web"), instants())
                .as((action, dedupKey, summary, source, severity, component, timestamp) -> {
                    ObjectNode body = NODES.objectNode().put("routing_key", "R0123456789abcdef0123456789abcdef").put("event_action", action)
                            .put("dedup_key", dedupKey).put("client", "Monitoring").put("client_url", "https://monitoring.example.com");
                    ObjectNode payload = body.putObject("payload").put("summary", summary).put("source", source).put("severity", severity)
                            .put("timestamp", timestamp).put("component", component).put("group", "prod").put("class", "deploy");
                    payload.putObject("custom_details").put("free", "form").putArray("list").add(1).add("two");
                    body.putArray("links").addObject().put("href", "https://example.com/runbook").put("text", "Runbook");
                    body.putArray("images").addObject().put("src", "https://example.com/graph.png");
                    Map<String, String> labels = new TreeMap<>(Map.of("component", component, "group", "prod", "class", "deploy"));
                    if (!source.isBlank()) {
                        labels.put("source", source.strip());
                    }
                    return new Payload(body, List.of(labels));
                });
    }

    /** One alert of the generic shape; its labels are its own plus {@code source}. */
    static Arbitrary<Payload> generic() {
        return Combinators.combine(text(1, 60), text(1, 40), labels(), annotations(), Arbitraries.of("firing", "acknowledged", "resolved"),
                        Arbitraries.of("critical", "error", "warning", "info"), instants())
                .as((title, dedupKey, labels, annotations, status, severity, startsAt) -> {
                    ObjectNode body = NODES.objectNode().put("title", title).put("dedup_key", dedupKey).put("status", status)
                            .put("severity", severity).put("source", "web-7").put("description", "longer text").put("starts_at", startsAt);
                    body.set("labels", strings(labels));
                    body.set("annotations", strings(annotations));
                    Map<String, String> expected = new TreeMap<>(labels);
                    expected.putIfAbsent("source", "web-7");
                    return new Payload(body, List.of(expected));
                });
    }

    static Arbitrary<ArrayPayload> genericArray() {
        return generic().list().ofMinSize(1).ofMaxSize(4).map(payloads -> {
            ArrayNode array = NODES.arrayNode();
            payloads.forEach(payload -> array.add(payload.body()));
            return new ArrayPayload(array, payloads.stream().map(payload -> payload.labels().getFirst()).toList());
        });
    }

    /** Prometheus label names, values of any script; an alertname mostly. */
    private static Arbitrary<Map<String, String>> labels() {
        Arbitrary<String> name = Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofLength(1),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars('_').ofMaxLength(20))
                .as(String::concat);
        return Combinators.combine(Arbitraries.maps(name, text(0, 60)).ofMaxSize(8), text(1, 40).injectNull(0.2)).as((labels, alertname) -> {
            Map<String, String> all = new TreeMap<>(labels);
            if (alertname != null) {
                all.put("alertname", alertname);
            }
            return all;
        });
    }

    private static Arbitrary<Map<String, String>> annotations() {
        return Arbitraries.maps(Arbitraries.of("summary", "description", "runbook_url", "dashboard"), text(0, 200)).ofMaxSize(4);
    }

    /** Instants as senders write them, to the nanosecond or the second, across four centuries. */
    private static Arbitrary<String> instants() {
        return Arbitraries.longs().between(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2300-01-01T00:00:00Z").getEpochSecond())
                .flatMap(seconds -> Arbitraries.of(0, 123_000_000, 123_456_789).map(nanos -> Instant.ofEpochSecond(seconds, nanos).toString()));
    }

    /** Well-formed text of any script, NUL and control characters included. */
    private static Arbitrary<String> text(int min, int max) {
        StringArbitrary text = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFD').ofMinLength(min).ofMaxLength(max);
        return min > 0 ? text.filter(value -> !value.isBlank()) : text;
    }

    private static ObjectNode strings(Map<String, String> entries) {
        ObjectNode object = NODES.objectNode();
        entries.forEach(object::put);
        return object;
    }
}
