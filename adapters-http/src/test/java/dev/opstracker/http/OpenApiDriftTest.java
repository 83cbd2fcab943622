package dev.opstracker.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.http.security.RequiredScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /openapi.json} against the routes Javalin actually registered: a route added, removed or renamed without
 * its description fails here, as does a description whose route went.
 */
class OpenApiDriftTest {

    private static RunningApi api;
    private static JsonNode document;

    @BeforeAll
    static void start() throws Exception {
        api = RunningApi.start();
        ApiReply reply = api.get("/openapi.json").bearer(null).send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        document = new ObjectMapper().readTree(reply.body());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static List<ApiServer.Route> declared() {
        return api.server().routes().stream().filter(route -> !route.method().startsWith("BEFORE") && !route.method().startsWith("AFTER")).toList();
    }

    private static Set<String> documented() {
        Set<String> operations = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> operations.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        return operations;
    }

    @Test
    void theDocumentDescribesExactlyTheRoutesTheServerRegistered() {
        Set<String> registered = declared().stream().map(route -> route.method() + " " + route.path()).collect(Collectors.toCollection(TreeSet::new));

        Set<String> missing = new TreeSet<>(registered);
        missing.removeAll(documented());
        Set<String> extra = new TreeSet<>(documented());
        extra.removeAll(registered);

        assertThat(missing).as("routes the server registered that /openapi.json does not describe (add them to RouteCatalog)").isEmpty();
        assertThat(extra).as("operations /openapi.json describes that the server did not register").isEmpty();
        assertThat(registered).hasSizeGreaterThan(80).contains("GET /metrics", "GET /openapi.json", "GET /health");
    }

    @Test
    void everyOperationNeedsTheScopesItsRouteWasDeclaredWith() {
        List<String> wrong = new ArrayList<>();
        for (ApiServer.Route route : declared()) {
            Set<String> declaredScopes = route.roles().stream().filter(RequiredScope.class::isInstance)
                    .map(role -> ((RequiredScope) role).scope().wireName()).collect(Collectors.toSet());
            JsonNode security = document.at("/paths/" + route.path().replace("~", "~0").replace("/", "~1") + "/" + route.method().toLowerCase(Locale.ROOT)
                    + "/security");
            Set<String> documentedScopes = new TreeSet<>();
            security.forEach(requirement -> requirement.path("bearer").forEach(scope -> documentedScopes.add(scope.asText())));
            if (!documentedScopes.equals(declaredScopes)) {
                wrong.add(route.method() + " " + route.path() + ": " + documentedScopes + " instead of " + declaredScopes);
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void theDocumentIsOpenApi31WithAProblemSchemaAndBearerTokens() {
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.at("/info/version").asText()).isEqualTo(RunningApi.VERSION);
        assertThat(document.at("/components/schemas/Problem/required")).extracting(JsonNode::asText).contains("type", "title", "status");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/components/responses/Problem/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void everyOperationHasASummaryASuccessAndProblemAnswersAndItsPathParameters() {
        List<String> incomplete = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            JsonNode operation = entry.getValue();
            Set<String> parameters = new TreeSet<>();
            operation.path("parameters").forEach(parameter -> parameters.add(parameter.get("name").asText()));
            Set<String> inPath = path.getKey().lines().flatMap(line -> java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(line).results())
                    .map(match -> match.group(1)).collect(Collectors.toCollection(TreeSet::new));
            boolean success = operation.get("responses").properties().stream().anyMatch(response -> response.getKey().startsWith("2"));
            if (operation.path("summary").asText().isBlank() || !success || !operation.at("/responses/4XX").has("$ref")
                    || !parameters.equals(inPath)) {
                incomplete.add(entry.getKey() + " " + path.getKey());
            }
        }));

        assertThat(incomplete).isEmpty();
    }

    @Test
    void writeOperationsNameTheBodiesTheyAccept() {
        assertThat(document.at("/paths/~1api~1v1~1tasks~1{id}/patch/requestBody/content").has("application/merge-patch+json")).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1components:bulk/post/requestBody/content").has("text/csv")).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1tasks~1{id}~1commands/post/requestBody/content").has("multipart/form-data")).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1tasks/get").has("requestBody")).isFalse();
    }

    @Test
    void theDocumentNeedsNoTokenWhileTheApiItDescribesDoes() {
        assertThat(api.get("/openapi.json").bearer(null).send().status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tasks").bearer(null).send().status()).isEqualTo(401);
        assertThat(document.at("/paths/~1openapi.json/get/security")).isEmpty();
        assertThat(document.at("/paths/~1metrics/get/security/0/bearer/0").asText()).isEqualTo(Scope.METRICS_READ.wireName());
    }
}
