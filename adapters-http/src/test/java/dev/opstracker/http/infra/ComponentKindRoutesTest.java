package dev.opstracker.http.infra;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ComponentKindRoutesTest {

    private static final String KINDS = ComponentKindRoutes.BASE_PATH;

    private final RunningApi api = RunningApi.start();

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void registeringAKindAnswers201AndItIsListedWithTheBuiltInOnes() {
        ApiReply created = api.post(KINDS, """
                {"name": "lambda", "description": "a serverless function"}""").send();

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(KINDS + "/lambda");
        assertThat(created.json().get("builtIn").asBoolean()).isFalse();
        JsonNode items = api.get(KINDS).bearer(api.issue(Scope.INFRA_READ)).send().json().get("items");
        assertThat(items).anySatisfy(kind -> {
            assertThat(kind.get("name").asText()).isEqualTo("lambda");
            assertThat(kind.get("description").asText()).isEqualTo("a serverless function");
        });
        assertThat(items).anySatisfy(kind -> {
            assertThat(kind.get("name").asText()).isEqualTo("service");
            assertThat(kind.get("builtIn").asBoolean()).isTrue();
        });
    }

    @Test
    void aRegisteredKindCanBeUsedForComponents() {
        api.post(KINDS, "{\"name\": \"lambda\"}").send();

        ApiReply reply = api.post(ComponentRoutes.BASE_PATH, """
                {"name": "resize", "kind": "lambda", "provider": "aws"}""").send();

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
    }

    @Test
    void aComponentOfAMisspelledKindIsA400NamingTheKindAndTheClosestOnes() {
        JsonNode problem = assertProblem(api.post(ComponentRoutes.BASE_PATH, """
                {"name": "checkout", "kind": "servcie", "provider": "aws"}""").send(), 400);

        assertThat(problem.get("field").asText()).isEqualTo("kind");
        assertThat(problem.get("value").asText()).isEqualTo("servcie");
        assertThat(problem.get("detail").asText()).contains("did you mean service?").contains("POST /api/v1/component-kinds");
    }

    @Test
    void registeringAnExistingKindIsA409AndABadNameA400NamingIt() {
        api.post(KINDS, "{\"name\": \"lambda\"}").send();

        assertThat(assertProblem(api.post(KINDS, "{\"name\": \"lambda\"}").send(), 409).get("reason").asText()).isEqualTo("duplicate-kind");
        assertThat(assertProblem(api.post(KINDS, "{\"name\": \"service\"}").send(), 409).get("reason").asText()).isEqualTo("duplicate-kind");
        JsonNode invalid = assertProblem(api.post(KINDS, "{\"name\": \"edge function\"}").send(), 400);
        assertThat(invalid.get("field").asText()).isEqualTo("name");
        assertThat(invalid.get("value").asText()).isEqualTo("edge function");
        assertThat(assertProblem(api.post(KINDS, "{\"name\": \"x\", \"colour\": \"red\"}").send(), 400).get("detail").asText())
                .contains("colour");
    }

    @Test
    void unregisteringAnUnusedKindAnswers204AndAKindInUseIs409CountingTheComponents() {
        api.rules().registerKind(new ComponentKind("lambda"), null);
        api.rules().registerKind(new ComponentKind("edge"), null);
        api.post(ComponentRoutes.BASE_PATH, "{\"name\": \"resize\", \"kind\": \"lambda\", \"provider\": \"aws\"}").send();

        assertThat(api.call("DELETE", KINDS + "/edge").send().status()).isEqualTo(204);
        JsonNode inUse = assertProblem(api.call("DELETE", KINDS + "/lambda").send(), 409);
        assertThat(inUse.get("reason").asText()).isEqualTo("kind-in-use");
        assertThat(inUse.get("detail").asText()).contains("used by 1 component");
        assertProblem(api.call("DELETE", KINDS + "/edge").send(), 404);
        assertThat(assertProblem(api.call("DELETE", KINDS + "/service").send(), 409).get("reason").asText()).isEqualTo("built-in-kind");
    }

    @Test
    void readingNeedsInfraReadAndChangingInfraWrite() {
        String reader = api.issue(Scope.INFRA_READ);

        assertThat(api.get(KINDS).bearer(api.issue(Scope.TASKS_READ)).send().status()).isEqualTo(403);
        assertThat(api.post(KINDS, "{\"name\": \"lambda\"}").bearer(reader).send().status()).isEqualTo(403);
        assertThat(api.call("DELETE", KINDS + "/lambda").bearer(reader).send().status()).isEqualTo(403);
    }
}
