package dev.opstracker.http.openapi;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.function.Supplier;

/** {@code GET /openapi.json}: the OpenAPI 3.1 document of the API, written once on first request. Needs no token. */
public final class OpenApiRoutes {

    private final Supplier<String> document;
    private volatile String written;

    /** @param document writes the document; called once, after every route is declared */
    public OpenApiRoutes(Supplier<String> document) {
        this.document = requireNonNull(document, "document is null");
    }

    public void serve(Context ctx) {
        String json = written;
        if (json == null) {
            json = document.get();
            written = json;
        }
        ctx.contentType("application/json").result(json);
    }
}
