package dev.opstracker.http.security;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.security.IssuedToken;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.audit.AuditEntry;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/tokens}: an admin creates, lists, reads and revokes tokens; a secret is shown once and never again. */
class TokenRoutesTest {

    private static final String TOKENS = "/api/v1/tokens";

    private final RunningApi api = RunningApi.start();
    private final IssuedToken admin = api.tokens().issue("ops admin", Set.of(Scope.ADMIN), null);

    @AfterEach
    void stopApi() {
        api.close();
    }

    private ApiReply create(String json) {
        return api.post(TOKENS, json).bearer(admin.secret()).send();
    }

    private ApiReply asAdmin(String method, String path) {
        return api.call(method, path).bearer(admin.secret()).send();
    }

    @Test
    void creatingATokenAnswersItsSecretOnceAndTheSecretAuthenticatesWithTheGivenScopes() {
        ApiReply created = create("{\"name\": \"ci deploys\", \"scopes\": [\"tasks:write\", \"infra:read\"], \"expiresAt\": \"2026-12-31T00:00:00Z\"}");

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(created.header("Location")).isEqualTo(TOKENS + "/" + body.get("id").asLong());
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        assertThat(body.get("name").asText()).isEqualTo("ci deploys");
        assertThat(body.get("scopes")).extracting(JsonNode::asText).containsExactly("tasks:write", "infra:read");
        assertThat(body.get("expiresAt").asText()).isEqualTo("2026-12-31T00:00:00Z");
        assertThat(body.get("client").isNull()).isTrue();
        String secret = body.get("secret").asText();
        assertThat(secret).startsWith("opt_");
        assertThat(api.get("/api/v1/tasks").bearer(secret).send().status()).isEqualTo(200);
        assertThat(api.post("/api/v1/components", "{\"name\": \"x\", \"kind\": \"service\"}").bearer(secret).send().status()).isEqualTo(403);
    }

    @Test
    void listingAndReadingTokensNeverShowsASecretOrAHash() {
        String secret = create("{\"name\": \"reader\", \"scopes\": [\"tasks:read\"]}").json().get("secret").asText();

        ApiReply list = asAdmin("GET", TOKENS);
        long id = list.json().get("items").get(2).get("id").asLong();
        ApiReply one = asAdmin("GET", TOKENS + "/" + id);

        assertThat(list.status()).isEqualTo(200);
        // The first is the token the test API writes with.
        assertThat(list.json().get("items")).extracting(token -> token.get("name").asText()).endsWith("ops admin", "reader").hasSize(3);
        assertThat(one.json().get("name").asText()).isEqualTo("reader");
        assertThat(one.json().get("active").asBoolean()).isTrue();
        assertThat(one.json().has("secret")).isFalse();
        for (ApiReply reply : new ApiReply[] {list, one}) {
            assertThat(reply.body()).doesNotContain(secret, admin.secret(), admin.token().hash().hex(), "hash");
        }
    }

    @Test
    void revokingATokenStopsItAtOnceAndRevokingItAgainAnswersTheSameRevokedToken() {
        JsonNode created = create("{\"name\": \"temp\", \"scopes\": [\"tasks:read\"]}").json();
        String path = TOKENS + "/" + created.get("id").asLong();

        ApiReply revoked = asAdmin("DELETE", path);
        api.clock().advance(Duration.ofMinutes(1));
        ApiReply again = asAdmin("DELETE", path);

        assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
        assertThat(revoked.json().get("active").asBoolean()).isFalse();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("revokedAt")).isEqualTo(revoked.json().get("revokedAt"));
        assertProblem(api.get("/api/v1/tasks").bearer(created.get("secret").asText()).send(), 401);
        assertThat(asAdmin("GET", path).json().get("revokedAt").asText()).isEqualTo(revoked.json().get("revokedAt").asText());
    }

    @Test
    void anUnknownTokenIsNotFoundAndABadIdNamesTheParameter() {
        assertProblem(asAdmin("GET", TOKENS + "/999"), 404);
        assertProblem(asAdmin("DELETE", TOKENS + "/999"), 404);
        JsonNode badId = assertProblem(asAdmin("GET", TOKENS + "/abc"), 400);
        assertThat(badId.get("field").asText()).isEqualTo("id");
    }

    @Test
    void anAdminCannotRevokeTheTokenTheyAreUsingButAnotherAdminCan() {
        ApiReply own = asAdmin("DELETE", TOKENS + "/" + admin.token().id());
        String other = api.issue(Scope.ADMIN);

        assertThat(assertProblem(own, 409).get("reason").asText()).isEqualTo("own-token");
        assertThat(api.get("/api/v1/tasks").bearer(admin.secret()).send().status()).isEqualTo(200);
        assertThat(api.call("DELETE", TOKENS + "/" + admin.token().id()).bearer(other).send().status()).isEqualTo(200);
    }

    @Test
    void aNonAdminTokenGetsA403ProblemOnEveryTokenRoute() {
        String reader = api.issue(Scope.TASKS_WRITE, Scope.INFRA_WRITE, Scope.BILLING_READ, Scope.TIME_WRITE, Scope.COMMANDS_RAW);

        assertProblem(api.get(TOKENS).bearer(reader).send(), 403);
        assertProblem(api.get(TOKENS + "/" + admin.token().id()).bearer(reader).send(), 403);
        assertProblem(api.post(TOKENS, "{\"name\": \"mine\", \"scopes\": [\"admin\"]}").bearer(reader).send(), 403);
        assertProblem(api.call("DELETE", TOKENS + "/" + admin.token().id()).bearer(reader).send(), 403);
        assertThat(api.tokens().list()).hasSize(3);
        assertProblem(api.get(TOKENS).bearer(null).send(), 401);
    }

    @Test
    void anUnknownScopeIsA400NamingTheFieldAndTheValue() {
        JsonNode problem = assertProblem(create("{\"name\": \"x\", \"scopes\": [\"tasks:read\", \"tasks:delete\"]}"), 400);

        assertThat(problem.get("field").asText()).isEqualTo("scopes");
        assertThat(problem.get("value").asText()).isEqualTo("tasks:delete");
        assertThat(problem.get("detail").asText()).contains("tasks:delete", "tasks:read");
    }

    @Test
    void missingScopesAMissingNameABadClientAndAnExpiryInThePastAreEachA400NamingTheField() {
        assertThat(assertProblem(create("{\"name\": \"x\", \"scopes\": []}"), 400).get("field").asText()).isEqualTo("scopes");
        assertThat(assertProblem(create("{\"name\": \"x\"}"), 400).get("field").asText()).isEqualTo("scopes");
        assertThat(assertProblem(create("{\"scopes\": [\"tasks:read\"]}"), 400).get("field").asText()).isEqualTo("name");
        assertThat(assertProblem(create("{\"name\": \"x\", \"scopes\": [\"time:read\"], \"client\": \"no spaces\"}"), 400).get("field").asText())
                .isEqualTo("client");
        JsonNode past = assertProblem(create("{\"name\": \"x\", \"scopes\": [\"tasks:read\"], \"expiresAt\": \"2026-11-20T08:00:00Z\"}"), 400);
        assertThat(past.get("field").asText()).isEqualTo("expiresAt");
        assertThat(past.get("value").asText()).isEqualTo("2026-11-20T08:00:00Z");
        JsonNode notAnInstant = assertProblem(create("{\"name\": \"x\", \"scopes\": [\"tasks:read\"], \"expiresAt\": \"tomorrow\"}"), 400);
        assertThat(notAnInstant.get("value").asText()).isEqualTo("tomorrow");
        assertProblem(create("{\"name\": \"x\", \"scopes\": [\"tasks:read\"], \"secret\": \"mine\"}"), 400);
        assertThat(api.tokens().list()).hasSize(2);
    }

    @Test
    void aTokenForOneClientIsCreatedBoundToItAndMayNotHoldOtherScopes() {
        ApiReply bound = create("{\"name\": \"acme portal\", \"scopes\": [\"tasks:read\", \"billing:read\"], \"client\": \"ACME\"}");
        ApiReply tooMuch = create("{\"name\": \"acme admin\", \"scopes\": [\"admin\"], \"client\": \"ACME\"}");

        assertThat(bound.status()).isEqualTo(201);
        assertThat(bound.json().get("client").asText()).isEqualTo("ACME");
        assertThat(assertProblem(tooMuch, 400).get("field").asText()).isEqualTo("scopes");
    }

    @Test
    void creatingAndRevokingAreRecordedInTheAuditLogAsTheCallingAdminWithoutTheSecret() {
        JsonNode created = create("{\"name\": \"ci\", \"scopes\": [\"tasks:read\"]}").json();
        asAdmin("DELETE", TOKENS + "/" + created.get("id").asLong());

        assertThat(api.auditStore().all()).filteredOn(entry -> entry.actor().name().equals("ops admin"))
                .extracting(AuditEntry::action).containsExactly(AuditAction.TOKEN_CREATED, AuditAction.TOKEN_REVOKED);
        assertThat(api.auditStore().all()).allSatisfy(entry -> assertThat(entry.toString()).doesNotContain(created.get("secret").asText()));
        assertThat(api.auditStore().all().getLast().actor().tokenId()).isEqualTo(admin.token().id());
    }
}
