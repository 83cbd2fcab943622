package dev.opstracker.bootstrap.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The API as the commands use it: JSON in and out, and every refusal turned into a {@link CliFailure} whose message
 * is the API's own problem detail (which names the field and value), so a command never prints a stack trace.
 */
public final class Api {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ApiTransport transport;

    public Api(ApiTransport transport) {
        this.transport = requireNonNull(transport, "transport is null");
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public JsonNode get(String target) {
        return json(send(ApiCall.get(target)));
    }

    public JsonNode post(String target, JsonNode body) {
        return json(send(ApiCall.send("POST", target, "application/json", bytes(body))));
    }

    /** A JSON merge-patch, made only if the resource is still at {@code version} (the API answers 412 otherwise). */
    public JsonNode patch(String target, JsonNode body, long version) {
        return json(send(ApiCall.send("PATCH", target, "application/merge-patch+json", bytes(body)).withHeader("If-Match", "\"" + version + "\"")));
    }

    /** Every item of a paged list ({@code {"items": [...], "next": cursor}}), up to {@code limit}, following the cursors. */
    public List<JsonNode> list(String target, int limit) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String page = target + (target.contains("?") ? "&" : "?") + "limit=" + Math.min(200, limit - items.size())
                    + (cursor == null ? "" : "&cursor=" + encode(cursor));
            JsonNode answer = get(page);
            answer.path("items").forEach(items::add);
            JsonNode next = answer.path("next");
            cursor = next.isNull() || next.isMissingNode() ? null : next.asText();
        } while (cursor != null && items.size() < limit);
        return items.size() > limit ? items.subList(0, limit) : items;
    }

    /** Sends {@code call} and returns the answer when it succeeded. */
    public ApiReply send(ApiCall call) {
        return ok(call, transport.send(call));
    }

    /** Sends {@code call} and returns the answer whatever its status, for a command to which a refusal is an answer (404: no timer runs). */
    public ApiReply exchange(ApiCall call) {
        return transport.send(call);
    }

    /** {@code reply} when it is a success, else the API's problem as a {@link CliFailure}. */
    public static ApiReply ok(ApiCall call, ApiReply reply) {
        if (!reply.succeeded()) {
            throw refusal(call, reply);
        }
        return reply;
    }

    /** A query string of the non-null values, each encoded: {@code ?status=OPEN&client=ACME}, or empty. */
    public static String query(Map<String, ?> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(each -> append(query, name, each));
            } else if (value != null) {
                append(query, name, value);
            }
        });
        return query.toString();
    }

    private static void append(StringBuilder query, String name, Object value) {
        query.append(query.isEmpty() ? '?' : '&').append(encode(name)).append('=').append(encode(String.valueOf(value)));
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The elements of a JSON array, as a list. */
    public static List<JsonNode> items(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** The body of a successful reply as JSON (a JSON null for an empty body). */
    public static JsonNode json(ApiReply reply) {
        if (reply.body().length == 0) {
            return MAPPER.nullNode();
        }
        try {
            return MAPPER.readTree(reply.body());
        } catch (IOException notJson) {
            throw new CliFailure("the API answered with something that is not JSON (%s)".formatted(reply.header("Content-Type")), notJson);
        }
    }

    /** {@code body} as the bytes of a JSON request. */
    public static byte[] bytes(JsonNode body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree failed to serialize", impossible);
        }
    }

    /** The API's problem as one line: its detail (else title), with the status for those who script around it. */
    static CliFailure refusal(ApiCall call, ApiReply reply) {
        String detail = null;
        String contentType = reply.header("Content-Type");
        if (contentType != null && contentType.contains("json")) {
            try {
                JsonNode problem = MAPPER.readTree(reply.body());
                detail = problem.hasNonNull("detail") ? problem.get("detail").asText() : problem.path("title").asText(null);
            } catch (IOException unreadable) {
                detail = null;
            }
        }
        if (detail == null || detail.isBlank()) {
            detail = "%s %s was refused".formatted(call.method(), call.target().replaceAll("\\?.*", ""));
        }
        return new CliFailure("%s (HTTP %d)".formatted(detail, reply.status()));
    }
}
