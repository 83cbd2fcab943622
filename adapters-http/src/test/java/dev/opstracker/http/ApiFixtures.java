package dev.opstracker.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.http.BodyRoutes.BodyRoute;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the body routes' path parameters name, made through the API with the routes' own valid
 * bodies: client ACME with project acme-web, tasks 1 and 2 (1 done), components 1 and 2, time
 * entries 1 and 2, runbook restart-web learnt from task 1, and dead letter 1.
 */
public final class ApiFixtures {

    private ApiFixtures() {
    }

    public static void arrange(RunningApi api, String token) {
        Map<String, BodyRoute> routes = BodyRoutes.all().stream().collect(Collectors.toMap(BodyRoute::key, Function.identity()));
        send(api, token, routes, "POST /api/v1/clients", "/api/v1/clients", null);
        send(api, token, routes, "POST /api/v1/projects", "/api/v1/projects", null);
        send(api, token, routes, "POST /api/v1/tasks", "/api/v1/tasks", null);
        send(api, token, routes, "POST /api/v1/tasks", "/api/v1/tasks", null);
        send(api, token, "POST", "/api/v1/components", "{\"name\": \"aws\", \"kind\": \"provider\", \"provider\": \"aws\"}");
        send(api, token, routes, "POST /api/v1/components", "/api/v1/components", null);
        send(api, token, routes, "POST /api/v1/time/entries", "/api/v1/time/entries", null);
        send(api, token, "POST", "/api/v1/time/entries", "{\"taskId\": 2, \"user\": \"marcus\", \"start\": \"2026-11-19T10:00:00Z\", "
                + "\"end\": \"2026-11-19T11:00:00Z\"}");
        send(api, token, "POST", "/api/v1/tasks/1/status", "{\"status\": \"IN_PROGRESS\"}");
        send(api, token, "POST", "/api/v1/tasks/1/status", "{\"status\": \"DONE\", \"note\": \"restarted web\"}");
        send(api, token, "POST", "/api/v1/runbooks", "{\"title\": \"Restart web\", \"taskIds\": [1]}");
        ApiReply refused = api.post("/api/v1/alerts/generic", "{\"title\": \"no dedup key\"}").bearer(token).send();
        assertThat(refused.status()).as("a refused alert leaves dead letter 1").isEqualTo(400);
    }

    private static void send(RunningApi api, String token, Map<String, BodyRoute> routes, String route, String path, String ifMatch) {
        BodyRoute body = routes.get(route);
        send(api, token, body.method(), path, body.template().toString());
    }

    private static void send(RunningApi api, String token, String method, String path, String json) {
        ApiReply reply = api.call(method, path).bearer(token).json(json).send();
        assertThat(reply.status()).as("arranging %s %s: %s", method, path, reply.body()).isBetween(200, 299);
    }
}
