package dev.opstracker.bootstrap.cli;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request to the API, the same whichever way it travels ({@link ApiTransport}).
 *
 * @param target  the path and query string, such as {@code /api/v1/tasks?status=OPEN}
 * @param headers headers besides Authorization, which the transport adds
 * @param body    the body, or null for none
 */
public record ApiCall(String method, String target, Map<String, String> headers, byte[] body) {

    public ApiCall {
        requireNonNull(method, "method is null");
        requireNonNull(target, "target is null");
        headers = Map.copyOf(headers);
    }

    public static ApiCall get(String target) {
        return new ApiCall("GET", target, Map.of("Accept", "application/json"), null);
    }

    public static ApiCall get(String target, String accept) {
        return new ApiCall("GET", target, Map.of("Accept", accept), null);
    }

    public static ApiCall send(String method, String target, String contentType, byte[] body) {
        return new ApiCall(method, target, Map.of("Accept", "application/json", "Content-Type", contentType), body);
    }

    /** The same call with header {@code name} set to {@code value}. */
    public ApiCall withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiCall(method, target, more, body);
    }
}
