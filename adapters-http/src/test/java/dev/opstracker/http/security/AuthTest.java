package dev.opstracker.http.security;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.security.IssuedToken;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthTest {

    private static final String TASKS = "/api/v1/tasks";
    private static final String NEW_TASK = "{\"title\": \"Check backups\"}";

    private final RunningApi api = RunningApi.start();

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void aRequestWithoutATokenIsA401ProblemAskingForABearerToken() {
        ApiReply reply = api.get(TASKS).bearer(null).send();

        assertProblem(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void anotherAuthorizationSchemeIsA401Problem() {
        ApiReply reply = api.get(TASKS).bearer(null).header("Authorization", "Basic dXNlcjpwYXNz").send();

        assertProblem(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void anUnknownTokenIsA401ProblemThatDoesNotEchoTheToken() {
        String guessed = "opt_guessed-secret-guessed-secret";

        ApiReply reply = api.get(TASKS).bearer(guessed).send();

        assertProblem(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
        assertThat(reply.body()).doesNotContain(guessed);
    }

    @Test
    void aRevokedTokenIsA401Problem() {
        IssuedToken issued = api.tokens().issue("ci", Set.of(Scope.TASKS_READ), null);
        api.tokens().revoke(issued.token().id());

        assertProblem(api.get(TASKS).bearer(issued.secret()).send(), 401);
    }

    @Test
    void anExpiredTokenIsA401Problem() {
        IssuedToken issued = api.tokens().issue("temp", Set.of(Scope.TASKS_READ), api.clock().instant().plus(Duration.ofHours(1)));
        api.clock().advance(Duration.ofHours(2));

        assertProblem(api.get(TASKS).bearer(issued.secret()).send(), 401);
    }

    @Test
    void theBearerSchemeIsMatchedIgnoringCase() {
        String secret = api.issue(Scope.TASKS_READ);

        assertThat(api.get(TASKS).bearer(null).header("Authorization", "bearer " + secret).send().status()).isEqualTo(200);
    }

    @Test
    void aReadTokenMayReadButWritingIsA403ProblemNamingTheScope() {
        String reader = api.issue(Scope.TASKS_READ);

        assertThat(api.get(TASKS).bearer(reader).send().status()).isEqualTo(200);
        ApiReply write = api.post(TASKS, NEW_TASK).bearer(reader).send();
        assertThat(assertProblem(write, 403).get("detail").asText()).contains("tasks:write");
        assertThat(write.header("WWW-Authenticate")).contains("insufficient_scope", "tasks:write");
    }

    @Test
    void aTokenWithoutTaskScopesCannotReadTasks() {
        assertProblem(api.get(TASKS).bearer(api.issue(Scope.ALERTS_WRITE)).send(), 403);
    }

    @Test
    void anAdminTokenMayReadAndWrite() {
        String admin = api.issue(Scope.ADMIN);

        assertThat(api.post(TASKS, NEW_TASK).bearer(admin).send().status()).isEqualTo(201);
        assertThat(api.get(TASKS).bearer(admin).send().status()).isEqualTo(200);
    }

    @Test
    void nestedRoutesNeedATokenToo() {
        assertProblem(api.get(TASKS + "/1/history").bearer(null).send(), 401);
        assertProblem(api.call("POST", TASKS + "/1/status").bearer(null).json("{\"status\": \"DONE\"}").send(), 401);
        assertProblem(api.call("DELETE", TASKS + "/1").bearer(null).send(), 401);
    }

    @Test
    void healthNeedsNoToken() {
        assertThat(api.get("/health").bearer(null).send().status()).isEqualTo(200);
    }
}
