package dev.opstracker.http.shared;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.domain.shared.DomainException;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.util.List;
import java.util.Locale;

/**
 * Reads JSON request bodies after checking their media type. {@code ctx.body()} enforces the
 * configured size limit (413); Jackson's complaints are mapped to problems in the parent package.
 * Public for the feature packages' routes.
 */
public final class JsonBodies {

    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper mapper) {
        this.mapper = requireNonNull(mapper, "mapper is null");
    }

    /** A JSON object bound to {@code type}; any other JSON value, {@code null} included, is refused. */
    public <T> T read(Context ctx, Class<T> type) throws JsonProcessingException {
        return mapper.treeToValue(object(ctx, List.of(MediaTypes.JSON), "the body must be one JSON object"), type);
    }

    /** A JSON merge patch (RFC 7396) as a tree, so that an absent member and a null one stay different. */
    public ObjectNode readMergePatch(Context ctx) throws JsonProcessingException {
        return object(ctx, List.of(MediaTypes.MERGE_PATCH, MediaTypes.JSON), "a merge patch is a JSON object");
    }

    /** Binding {@code null} would give a null request, and other values a vaguer complaint; both are checked here first. */
    private ObjectNode object(Context ctx, List<String> accepted, String expectation) throws JsonProcessingException {
        JsonNode body = mapper.readTree(text(ctx, accepted));
        if (body instanceof ObjectNode object) {
            return object;
        }
        throw new DomainException.InvalidInput("body", body.getNodeType().name().toLowerCase(Locale.ROOT), expectation);
    }

    private static String text(Context ctx, List<String> accepted) {
        String mediaType = MediaTypes.of(ctx);
        if (!accepted.contains(mediaType)) {
            throw new UnsupportedMediaTypeResponse("expected Content-Type %s, got %s"
                    .formatted(String.join(" or ", accepted), mediaType.isEmpty() ? "none" : mediaType));
        }
        String body = ctx.body();
        if (body.isBlank()) {
            throw new BadRequestResponse("the request needs a JSON body");
        }
        return body;
    }
}
