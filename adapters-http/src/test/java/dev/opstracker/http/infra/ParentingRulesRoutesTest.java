package dev.opstracker.http.infra;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParentingRulesRoutesTest {

    private static final String RULES = ParentingRulesRoutes.BASE_PATH;
    private static final String PROVIDER_REGION_CLUSTER = """
            {"permissive": false, "roots": ["provider"],
             "children": {"provider": ["account", "region"], "region": ["cluster"]}}""";

    private final RunningApi api = RunningApi.start();
    private final InfraFixtures given = new InfraFixtures(api);
    private final String admin = api.issue(Scope.ADMIN);

    @AfterEach
    void stopApi() {
        api.close();
    }

    private ApiReply put(String path, String json) {
        return api.call("PUT", path).json(json).bearer(admin).send();
    }

    @Test
    void theRulesArePermissiveUntilAnAdminReplacesThem() {
        assertThat(api.get(RULES).send().json().get("permissive").asBoolean()).isTrue();

        ApiReply replaced = put(RULES, PROVIDER_REGION_CLUSTER);

        assertThat(replaced.status()).as("%s", replaced).isEqualTo(200);
        JsonNode rules = api.get(RULES).bearer(api.issue(Scope.INFRA_READ)).send().json();
        assertThat(rules.get("permissive").asBoolean()).isFalse();
        assertThat(rules.get("roots").toString()).isEqualTo("[\"provider\"]");
        assertThat(rules.get("children").toString()).isEqualTo("{\"provider\":[\"account\",\"region\"],\"region\":[\"cluster\"]}");
    }

    @Test
    void componentWritesFollowTheReplacedRules() {
        put(RULES, PROVIDER_REGION_CLUSTER);

        JsonNode problem = assertProblem(api.post(ComponentRoutes.BASE_PATH, """
                {"name": "prod-eks", "kind": "cluster", "provider": "aws"}""").send(), 400);

        assertThat(problem.get("detail").asText()).contains("a cluster needs a parent; kinds allowed at the top: [provider]");
    }

    @Test
    void rulesExistingComponentsBreakAre409NamingThemUnlessForced() {
        Component aws = given.root("provider", "aws", Provider.AWS);
        given.child(aws, "bucket", "logs");

        JsonNode problem = assertProblem(put(RULES, PROVIDER_REGION_CLUSTER), 409);
        assertThat(problem.get("reason").asText()).isEqualTo("rules-violated");
        assertThat(problem.get("detail").asText()).contains("aws/logs (bucket below provider)");

        assertThat(put(RULES + "?force=true", PROVIDER_REGION_CLUSTER).status()).isEqualTo(200);
        assertThat(api.get(RULES).send().json().get("permissive").asBoolean()).isFalse();
    }

    @Test
    void rulesNamingAnUnknownOrMalformedKindAre400NamingIt() {
        JsonNode unknown = assertProblem(put(RULES, """
                {"permissive": false, "roots": ["provider"], "children": {"provider": ["regoin"]}}"""), 400);
        assertThat(unknown.get("field").asText()).isEqualTo("rules");
        assertThat(unknown.get("value").asText()).isEqualTo("regoin");
        assertThat(unknown.get("detail").asText()).contains("did you mean region?");

        JsonNode malformed = assertProblem(put(RULES, """
                {"permissive": false, "roots": ["Pro vider"]}"""), 400);
        assertThat(malformed.get("field").asText()).isEqualTo("roots");
        assertThat(malformed.get("value").asText()).isEqualTo("Pro vider");
        JsonNode badChild = assertProblem(put(RULES, """
                {"permissive": false, "children": {"provider": ["re gion"]}}"""), 400);
        assertThat(badChild.get("field").asText()).isEqualTo("children.provider");
        JsonNode twice = assertProblem(put(RULES, """
                {"permissive": false, "roots": ["provider"], "children": {"provider": ["region"], "Provider": ["account"]}}"""), 400);
        assertThat(twice.get("field").asText()).isEqualTo("children");
        assertThat(twice.get("value").asText()).isEqualTo("Provider");
    }

    @Test
    void aBodyMustSayWhetherTheRulesArePermissiveAndPermissiveRulesListNothing() {
        assertThat(assertProblem(put(RULES, "{\"roots\": [\"provider\"]}"), 400).get("field").asText()).isEqualTo("permissive");
        assertThat(assertProblem(put(RULES, "{\"permissive\": true, \"roots\": [\"provider\"]}"), 400).get("field").asText())
                .isEqualTo("permissive");
        assertThat(put(RULES, "{\"permissive\": true}").json().get("permissive").asBoolean()).isTrue();
    }

    @Test
    void replacingTheRulesNeedsAdmin() {
        ApiReply refused = api.call("PUT", RULES).json(PROVIDER_REGION_CLUSTER).bearer(api.issue(Scope.INFRA_WRITE)).send();

        assertProblem(refused, 403);
        assertThat(api.get(RULES).send().json().get("permissive").asBoolean()).isTrue();
    }
}
