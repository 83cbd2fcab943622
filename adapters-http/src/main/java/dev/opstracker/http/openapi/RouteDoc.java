package dev.opstracker.http.openapi;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the OpenAPI document says of one route, written by hand: the route's method and path come from Javalin and
 * must match a declared route, which {@code OpenApiDriftTest} checks both ways.
 *
 * @param method        {@code GET}, {@code POST} ...
 * @param path          the path as declared to Javalin, such as {@code /api/v1/tasks/{id}}
 * @param summary       one line on what the route does
 * @param status        the status of a successful answer
 * @param responseType  the media type of a successful answer's body; null when it has none
 * @param requestTypes  the media types of request bodies accepted; empty when the route reads no body
 */
public record RouteDoc(String method, String path, String summary, int status, String responseType, List<String> requestTypes) {

    public RouteDoc {
        requireNonNull(method, "method is null");
        requireNonNull(path, "path is null");
        requireNonNull(summary, "summary is null");
        requestTypes = List.copyOf(requestTypes);
        if (summary.isBlank()) {
            throw new IllegalArgumentException("the summary of %s %s is blank".formatted(method, path));
        }
    }

    /** {@code GET /path} */
    public String key() {
        return method + " " + path;
    }
}
