package dev.opstracker.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every route of the API that reads a request body, with a valid body to change for the worse and
 * the values its path parameters take. A new route that reads a body fails
 * {@code HttpBodyProperties} until it is listed here.
 */
public final class BodyRoutes {

    /** A route by its declared method and path, with a body it accepts. */
    public record BodyRoute(String method, String path, JsonNode template) {

        public String key() {
            return method + " " + path;
        }
    }

    /** Values each path parameter takes: mostly one the fixtures created, else something no record has or no parser takes. */
    public static final Map<String, List<String>> PATH_VALUES = Map.of(
            "{id}", List.of("1", "1", "1", "2", "0", "-1", "999999", "abc", "1e3", "99999999999999999999", "%00", "%E2%80%AE"),
            "{slug}", List.of("restart-web", "restart-web", "restart-web", "no-such-runbook", "UPPER", "a--b", "%20"),
            "{code}", List.of("ACME", "ACME", "ACME", "GLOBEX", "-bad-", "%C3%A9", "acme-web"),
            "{client}", List.of("ACME", "ACME", "GLOBEX", "%2F"));
    /** Query parameters the list and report routes know, and some they do not; values to give them. */
    public static final List<String> QUERY_NAMES = List.of("limit", "cursor", "q", "total", "subtree", "from", "to", "tz", "groupBy", "format",
            "rounding", "client", "project", "user", "task", "components", "status", "priority", "assignee", "attr", "text", "day", "version",
            "force", "raw", "source", "state", "access_token", "", "LIMIT");
    public static final List<String> QUERY_VALUES = List.of("1", "50", "500", "501", "0", "-1", "99999999999999999999", "true", "yes", "",
            "2026-11-01", "2026-11-01T00:00:00Z", "+999999999-12-31", "0001-01-01", "Europe/Berlin", "+02:00", "day", "csv", "up/15/entry",
            "ACME", "kind:service", "(", "name~", "open,done", "P1", "env=prod", "%25", "%00", "%C3%A9", "%ED%A0%80", "%E2%80%AE", "a%20b", "x".repeat(3_000));

    /** The CSV form of the bulk route, whose body is no JSON. */
    public static final String INVENTORY_CSV = "path,kind,provider,external_id,tags\naws,provider,aws,,\naws/eu-west-1,region,,r-1,env=prod;team=web\n";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> TEMPLATES = new LinkedHashMap<>();

    static {
        TEMPLATES.put("POST /api/v1/tasks", """
                {"title": "Rotate TLS cert", "description": "edge-lb-1", "priority": "high", "assignee": "marcus", "reporter": "ana",
                 "client": "ACME", "project": "acme-web", "dueAt": "2026-12-01T17:00:00Z", "attributes": {"env": "prod"}}""");
        TEMPLATES.put("POST /api/v1/tasks/{id}/status", """
                {"status": "IN_PROGRESS", "note": "working on it"}""");
        TEMPLATES.put("PATCH /api/v1/tasks/{id}", """
                {"title": "Rotate the TLS cert", "assignee": null, "dueAt": "2026-12-02T17:00:00Z", "attributes": {"env": null, "team": "edge"}}""");
        TEMPLATES.put("POST /api/v1/components", """
                {"name": "web-1", "kind": "service", "parent": 1, "provider": "aws", "externalId": "i-0abc", "tags": {"env": "prod"}}""");
        TEMPLATES.put("PATCH /api/v1/components/{id}", """
                {"name": "web-2", "tags": {"env": "staging", "old": null}, "externalId": null}""");
        TEMPLATES.put("POST /api/v1/tasks/{id}/components", """
                {"componentId": 1, "role": "affected"}""");
        TEMPLATES.put("POST /api/v1/components:bulk", """
                {"components": [{"path": "gcp/europe-west1", "kind": "region", "provider": "gcp", "externalId": null, "tags": {"env": "prod"}}]}""");
        TEMPLATES.put("POST /api/v1/component-kinds", """
                {"name": "edge-node", "description": "A node at the edge"}""");
        TEMPLATES.put("PUT /api/v1/parenting-rules", """
                {"permissive": true, "roots": ["provider"], "children": {"provider": ["region"]}}""");
        TEMPLATES.put("POST /api/v1/alerts/alertmanager", resource("alerts/alertmanager-v4-firing.json"));
        TEMPLATES.put("POST /api/v1/alerts/grafana", resource("alerts/grafana-v1-values.json"));
        TEMPLATES.put("POST /api/v1/alerts/events", resource("alerts/events-trigger.json"));
        TEMPLATES.put("POST /api/v1/alerts/generic", resource("alerts/generic-array.json"));
        TEMPLATES.put("POST /api/v1/alerts/dead-letters/{id}/replay", "{}");
        TEMPLATES.put("POST /api/v1/admin/backup", """
                {"passphrase": "correct horse battery staple"}""");
        TEMPLATES.put("PUT /api/v1/alerts/rules", """
                {"rules": [{"name": "acme", "sources": ["alertmanager"], "matchers": ["severity=critical"], "priorities": {"critical": "P1"},
                  "closeOnResolve": true, "refire": "reopen", "groupBy": ["alertname"], "groupWindow": "5m", "threshold": {"count": 2, "window": "10m"},
                  "assignee": "oncall", "client": "ACME", "components": [{"label": "instance", "filter": "kind:service", "unknown": "tag"}]}]}""");
        TEMPLATES.put("POST /api/v1/tasks/{id}/commands", """
                {"argv": ["kubectl", "get", "pods"], "cwd": "/home/ops", "host": "bastion", "user": "ops", "env": {"KUBECONFIG": "/k"},
                 "exitCode": 0, "startedAt": "2026-11-20T08:00:00Z", "endedAt": "2026-11-20T08:00:01Z", "stdoutBase64": "aGVsbG8K", "stderrBase64": ""}""");
        TEMPLATES.put("POST /api/v1/time/start", """
                {"taskId": 1, "zone": "Europe/Berlin", "activity": "incident"}""");
        TEMPLATES.put("POST /api/v1/time/stop", """
                {"atLastActivity": false}""");
        TEMPLATES.put("POST /api/v1/time/entries", """
                {"taskId": 1, "user": "marcus", "start": "2026-11-19T08:00:00Z", "end": "2026-11-19T09:00:00Z", "zone": "Europe/Berlin",
                 "client": "ACME", "project": "acme-web", "billable": true, "note": "cert rotation", "activity": "maintenance"}""");
        TEMPLATES.put("PATCH /api/v1/time/entries/{id}", """
                {"note": "cert rotated", "end": "2026-11-19T09:30:00Z", "billable": false}""");
        TEMPLATES.put("POST /api/v1/time/entries/{id}/split", """
                {"at": "2026-11-19T08:30:00Z"}""");
        TEMPLATES.put("POST /api/v1/time/entries/{id}/merge", """
                {"with": 2}""");
        TEMPLATES.put("POST /api/v1/time/drafts", """
                {"day": "2026-11-19", "tz": "Europe/Berlin", "items": [{"taskId": 1, "start": "2026-11-19T10:00:00Z", "end": "2026-11-19T11:00:00Z",
                 "activity": "incident"}]}""");
        TEMPLATES.put("POST /api/v1/runbooks", """
                {"title": "Restart web", "taskIds": [1], "filter": {"alert": "HighRequestLatency", "components": "kind:service", "days": 30}}""");
        TEMPLATES.put("POST /api/v1/runbooks/{slug}/restore", """
                {"version": 1}""");
        TEMPLATES.put("POST /api/v1/runbooks/{slug}/drift", """
                {"taskId": 1}""");
        TEMPLATES.put("POST /api/v1/runbooks/{slug}/drift/reject", """
                {"taskId": 1, "reason": "the old way is right"}""");
        TEMPLATES.put("POST /api/v1/clients", """
                {"code": "ACME", "name": "Acme Corp", "currency": "EUR", "hourlyRate": "95.50", "rateValidFrom": "2026-01-01",
                 "rounding": {"mode": "up", "minutes": 15, "scope": "entry", "minimumMinutes": 0}}""");
        TEMPLATES.put("PUT /api/v1/clients/{code}", """
                {"name": "Acme Corporation", "currency": "EUR", "rounding": {"mode": "nearest", "minutes": 6, "scope": "day"}}""");
        TEMPLATES.put("POST /api/v1/clients/{code}/rates", """
                {"hourlyRate": "105", "currency": "EUR", "validFrom": "2027-01-01", "project": "acme-web", "activity": "incident"}""");
        TEMPLATES.put("POST /api/v1/projects", """
                {"client": "ACME", "code": "acme-web", "name": "Web shop", "hourlyRate": 120, "currency": "EUR", "rateValidFrom": "2026-01-01"}""");
        TEMPLATES.put("POST /api/v1/tokens", """
                {"name": "ci deploy", "scopes": ["tasks:read", "tasks:write"], "client": "ACME", "expiresAt": "2027-01-01T00:00:00Z"}""");
    }

    private BodyRoutes() {
    }

    /** Every listed route, in a stable order. */
    public static List<BodyRoute> all() {
        return TEMPLATES.entrySet().stream().map(entry -> {
            String[] methodAndPath = entry.getKey().split(" ", 2);
            return new BodyRoute(methodAndPath[0], methodAndPath[1], parse(entry.getValue()));
        }).toList();
    }

    /** The declared routes that read a body: every POST, PUT and PATCH. */
    public static List<String> declared(List<String> routes) {
        return routes.stream().filter(route -> route.startsWith("POST ") || route.startsWith("PUT ") || route.startsWith("PATCH ")).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException invalid) {
            throw new UncheckedIOException(invalid);
        }
    }

    private static String resource(String name) {
        try (InputStream in = BodyRoutes.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }
}
