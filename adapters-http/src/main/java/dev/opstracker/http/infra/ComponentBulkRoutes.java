package dev.opstracker.http.infra;

import static io.javalin.apibuilder.ApiBuilder.post;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.opstracker.application.infra.ComponentImport;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.security.RequiredScope;
import dev.opstracker.http.shared.JsonBodies;
import dev.opstracker.http.shared.MediaTypes;
import dev.opstracker.http.shared.PatchMembers;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code POST /api/v1/components:bulk}: upserts many components in one call through
 * {@link ComponentImport}, from JSON ({@code {"components": [...]}}, line = 1-based index) or from
 * the inventory CSV ({@code text/csv}, line = CSV line). Rows apply in order; a row that does not
 * parse or is refused is reported by line and the others are applied, so the answer is 200 with
 * counts unless the request as a whole is unusable. Public only so that the server in the parent
 * package can mount it.
 */
public final class ComponentBulkRoutes {

    /** The colon form follows the contract ({@code /api/v1/components:bulk}); Javalin matches it literally. */
    static final String BULK_PATH = ComponentRoutes.BASE_PATH + ":bulk";
    /** Rows in one request; the body size limit applies as well. */
    static final int MAX_ROWS = 10_000;

    private final ComponentImport componentImport;
    private final ObjectMapper mapper;
    private final JsonBodies bodies;

    public ComponentBulkRoutes(ComponentImport componentImport, ObjectMapper mapper) {
        this.componentImport = requireNonNull(componentImport, "componentImport is null");
        this.mapper = requireNonNull(mapper, "mapper is null");
        this.bodies = new JsonBodies(mapper);
    }

    /** Declares the route; call inside {@code config.routes.apiBuilder(...)}. */
    public void addEndpoints() {
        post(BULK_PATH, this::bulk, RequiredScope.INFRA_WRITE);
    }

    /** The body of a JSON bulk request; each element is bound on its own so that one bad element fails one row. */
    record BulkRequest(@JsonProperty("components") List<JsonNode> components) {
    }

    private void bulk(Context ctx) throws JsonProcessingException {
        String mediaType = MediaTypes.of(ctx);
        ImportRows rows = switch (mediaType) {
            case MediaTypes.CSV -> InventoryCsv.read(csv(ctx), MAX_ROWS);
            case MediaTypes.JSON -> json(bodies.read(ctx, BulkRequest.class));
            default -> throw new UnsupportedMediaTypeResponse("expected Content-Type %s or %s, got %s"
                    .formatted(MediaTypes.JSON, MediaTypes.CSV, mediaType.isEmpty() ? "none" : mediaType));
        };
        ctx.json(ImportReportResponse.from(rows.merge(componentImport.upsert(rows.rows()))));
    }

    /** {@code ctx.body()} enforces the configured size limit (413). */
    private static String csv(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new BadRequestResponse("the request needs a CSV body, starting with the header row " + String.join(",", InventoryCsv.COLUMNS));
        }
        return body;
    }

    private ImportRows json(BulkRequest request) {
        if (request.components() == null) {
            throw new DomainException.InvalidInput("components", null, "expected an array of components");
        }
        ImportRows rows = new ImportRows(MAX_ROWS, "components");
        int line = 0;
        for (JsonNode element : request.components()) {
            line++;
            rows.count();
            if (element == null || !element.isObject()) {
                rows.fail(line, null, element == null ? null : PatchMembers.shown(element), "expected a component object");
                continue;
            }
            try {
                rows.add(mapper.treeToValue(element, BulkComponentRow.class).toRow(line));
            } catch (JsonMappingException mismatched) {
                String field = field(mismatched);
                if (mismatched instanceof UnrecognizedPropertyException) {
                    rows.fail(line, field, null, "unknown field '%s'; known fields: %s".formatted(field, BulkComponentRow.KNOWN_FIELDS));
                } else {
                    JsonNode value = element.at("/" + field.replace(".", "/"));
                    rows.fail(line, field, value.isMissingNode() ? null : PatchMembers.shown(value),
                            field.startsWith("tags") ? "expected an object of strings" : "expected a string or null");
                }
            } catch (DomainException.InvalidInput invalid) {
                rows.fail(line, invalid);
            } catch (JsonProcessingException unexpected) {
                rows.fail(line, null, null, "the component could not be read: " + unexpected.getOriginalMessage());
            }
        }
        return rows;
    }

    /** The member a binding complaint is about, such as {@code kind} or {@code tags.env}. */
    private static String field(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(JsonMappingException.Reference::getFieldName)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("."));
    }
}
