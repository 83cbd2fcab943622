package dev.opstracker.http.openapi;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.http.security.RequiredScope;
import io.javalin.security.RouteRole;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the OpenAPI 3.1 document of the API: the paths and words of {@link RouteCatalog}, the scopes the server
 * actually demands of each route (from its declared roles, so they cannot drift), and RFC 9457 problem bodies for
 * every 4xx and 5xx answer.
 */
public final class OpenApiDocument {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final String PROBLEM_TYPE = "application/problem+json";
    private static final String PROBLEM_RESPONSE = "#/components/responses/Problem";

    private final ObjectMapper mapper;

    public OpenApiDocument(ObjectMapper mapper) {
        this.mapper = requireNonNull(mapper, "mapper is null");
    }

    /**
     * @param routes  the described routes
     * @param roles   the roles each route was declared with, by {@link RouteDoc#key()}; a route missing here is
     *                described without a security requirement
     * @param version the application version, the document's {@code info.version}
     */
    public ObjectNode write(List<RouteDoc> routes, Map<String, Set<RouteRole>> roles, String version) {
        ObjectNode document = mapper.createObjectNode();
        document.put("openapi", "3.1.0");
        document.putObject("info").put("title", "OpsTracker API").put("version", version)
                .put("description", "Tasks, infrastructure, alert intake, command runs, time and runbooks. Errors are RFC 9457 problem details.");
        ObjectNode paths = document.putObject("paths");
        for (RouteDoc route : routes) {
            ObjectNode path = paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
            path.set(route.method().toLowerCase(Locale.ROOT), operation(route, roles.getOrDefault(route.key(), Set.of())));
        }
        components(document.putObject("components"));
        return document;
    }

    private ObjectNode operation(RouteDoc route, Set<RouteRole> roles) {
        ObjectNode operation = mapper.createObjectNode();
        operation.put("summary", route.summary());
        operation.put("operationId", operationId(route));
        ArrayNode parameters = mapper.createArrayNode();
        Matcher matcher = PATH_PARAMETER.matcher(route.path());
        while (matcher.find()) {
            parameters.addObject().put("name", matcher.group(1)).put("in", "path").put("required", true).putObject("schema").put("type", "string");
        }
        if (!parameters.isEmpty()) {
            operation.set("parameters", parameters);
        }
        if (!route.requestTypes().isEmpty()) {
            ObjectNode content = operation.putObject("requestBody").put("required", true).putObject("content");
            route.requestTypes().forEach(type -> content.putObject(type));
        }
        ObjectNode responses = operation.putObject("responses");
        ObjectNode success = responses.putObject(Integer.toString(route.status())).put("description", route.summary());
        if (route.responseType() != null) {
            success.putObject("content").putObject(route.responseType());
        }
        responses.putObject("4XX").put("$ref", PROBLEM_RESPONSE);
        responses.putObject("5XX").put("$ref", PROBLEM_RESPONSE);
        ArrayNode security = operation.putArray("security");
        List<String> scopes = roles.stream().filter(RequiredScope.class::isInstance).map(role -> ((RequiredScope) role).scope().wireName()).sorted()
                .toList();
        if (!scopes.isEmpty()) {
            ArrayNode needed = security.addObject().putArray("bearer");
            scopes.forEach(needed::add);
        }
        return operation;
    }

    private static String operationId(RouteDoc route) {
        String words = route.path().replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
        return route.method().toLowerCase(Locale.ROOT) + "_" + words;
    }

    private void components(ObjectNode components) {
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("description", "An OpsTracker API token; each operation names the scopes it needs (admin holds them all).");
        ObjectNode problem = components.putObject("schemas").putObject("Problem");
        problem.put("type", "object").put("description", "RFC 9457 problem details");
        problem.putArray("required").add("type").add("title").add("status");
        ObjectNode properties = problem.putObject("properties");
        properties.putObject("type").put("type", "string").put("format", "uri-reference");
        properties.putObject("title").put("type", "string");
        properties.putObject("status").put("type", "integer");
        properties.putObject("detail").put("type", "string");
        properties.putObject("instance").put("type", "string");
        properties.putObject("field").put("type", "string").put("description", "The request field that was wrong, when one was");
        properties.putObject("value").put("type", "string").put("description", "The value that was refused, when it may be shown");
        properties.putObject("reason").put("type", "string").put("description", "A machine-readable reason, such as stale-version");
        components.putObject("responses").putObject("Problem").put("description", "An error, as problem details")
                .putObject("content").putObject(PROBLEM_TYPE).putObject("schema").put("$ref", "#/components/schemas/Problem");
    }
}
