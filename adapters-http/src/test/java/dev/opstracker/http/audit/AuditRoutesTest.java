package dev.opstracker.http.audit;

import static dev.opstracker.http.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.security.IssuedToken;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.testing.CommandRunFixtures;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/audit}: what admins did and what data left, by whom and when, newest first; only for admins. */
class AuditRoutesTest {

    private static final String AUDIT = "/api/v1/audit";

    private final RunningApi api = RunningApi.start();
    private final IssuedToken admin = api.tokens().issue("ops admin", Set.of(Scope.ADMIN), null);
    private final IssuedToken accountant = api.tokens().issue("accountant", Set.of(Scope.BILLING_READ), null);
    private final String writer = api.issueNamed("marcus", Scope.RUNBOOKS_WRITE);

    @AfterEach
    void stopApi() {
        api.close();
    }

    private ApiReply audit(String query) {
        return api.get(AUDIT + query).bearer(admin.secret()).send();
    }

    private static List<String> field(JsonNode items, String name) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get(name).asText()).toList();
    }

    private void restoredRunbook() {
        for (String host : new String[] {"web-01", "web-02"}) {
            Task task = api.tasks().create(TaskDetails.titled("Restart api on " + host));
            CommandRunFixtures.ran(api.commandRuns(), task.id(), "marcus", "2026-11-20T09:00:00Z", "2026-11-20T09:01:00Z", "ssh " + host + " systemctl restart api");
            api.tasks().changeStatus(new ChangeTaskStatusCommand(task.id(), TaskStatus.DONE, "restarted", OptionalLong.empty()));
            String ids = api.tasks().list(TaskFilter.any(), PageRequest.firstDefault())
                    .items().stream().map(done -> Long.toString(done.id().value())).reduce((a, b) -> a + ", " + b).orElseThrow();
            assertThat(api.post("/api/v1/runbooks", "{\"title\": \"Restart the API\", \"taskIds\": [%s]}".formatted(ids)).bearer(writer).send().status())
                    .isEqualTo(201);
        }
        ApiReply restored = api.post("/api/v1/runbooks/restart-the-api/restore", "{\"version\": 1}").bearer(admin.secret()).send();
        assertThat(restored.status()).as("%s", restored).isEqualTo(201);
    }

    @Test
    void everyAuditedActionOverHttpIsListedNewestFirstWithTheCallingTokensNameAndId() {
        api.clock().advance(Duration.ofMinutes(1));
        String since = api.clock().instant().toString();
        JsonNode created = api.post("/api/v1/tokens", "{\"name\": \"ci\", \"scopes\": [\"tasks:read\"]}").bearer(admin.secret()).send().json();
        api.call("DELETE", "/api/v1/tokens/" + created.get("id").asLong()).bearer(admin.secret()).send();
        api.call("PUT", "/api/v1/alerts/rules").json("{\"rules\": [{\"name\": \"backups\", \"matchers\": [\"source=backup-host\"]}]}")
                .bearer(admin.secret()).send();
        api.get("/api/v1/reports/time?from=2026-11-01&to=2026-12-01&client=ACME&format=harvest").bearer(accountant.secret()).send();
        api.get("/api/v1/reports/operations?components=kind:cluster&from=2026-11-01&to=2026-12-01").bearer(accountant.secret()).send();
        restoredRunbook();

        ApiReply log = audit("?since=" + since);

        assertThat(log.status()).as("%s", log).isEqualTo(200);
        JsonNode items = log.json().get("items");
        assertThat(field(items, "action")).containsExactly("runbook.restored", "data.exported", "data.exported", "alert-rules.changed",
                "token.revoked", "token.created");
        assertThat(StreamSupport.stream(items.spliterator(), false).map(item -> item.get("actor").get("name").asText()).toList())
                .containsExactly("ops admin", "accountant", "accountant", "ops admin", "ops admin", "ops admin");
        assertThat(items.get(0).get("actor").get("tokenId").asLong()).isEqualTo(admin.token().id());
        assertThat(field(items, "target")).containsExactly("runbook restart-the-api", "operations cost report", "time entries", "alert rules",
                "token " + created.get("id").asLong(), "token " + created.get("id").asLong());
        assertThat(items.get(2).get("detail").asText()).contains("client=ACME", "format=harvest");
        assertThat(items.get(3).get("detail").asText()).isEqualTo("version 1: 1 rules (backups) and the default route");
        assertThat(items.get(5).get("at").asText()).isEqualTo(since);
        assertThat(log.json().get("next").isNull()).isTrue();
        assertThat(log.body()).doesNotContain(created.get("secret").asText(), admin.secret());
    }

    @Test
    void theLogIsReadAPageAtATimeNewestFirst() {
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/tokens", "{\"name\": \"ci %d\", \"scopes\": [\"tasks:read\"]}".formatted(i)).bearer(admin.secret()).send();
        }

        JsonNode first = audit("?limit=2").json();
        JsonNode second = audit("?limit=2&cursor=" + first.get("next").asText()).json();

        assertThat(field(first.get("items"), "detail")).hasSize(2).allMatch(detail -> detail.startsWith("name=ci "));
        assertThat(first.get("items").get(0).get("detail").asText()).startsWith("name=ci 2 ");
        assertThat(second.get("items").get(0).get("detail").asText()).startsWith("name=ci 0 ");
        assertThat(first.get("items").get(0).get("id").asLong()).isGreaterThan(first.get("items").get(1).get("id").asLong());
    }

    @Test
    void onlyAnAdminReadsTheLog() {
        assertProblem(api.get(AUDIT).bearer(accountant.secret()).send(), 403);
        assertProblem(api.get(AUDIT).bearer(api.issue(Scope.TASKS_WRITE, Scope.INFRA_WRITE, Scope.TIME_WRITE, Scope.COMMANDS_RAW)).send(), 403);
        assertProblem(api.get(AUDIT).bearer(null).send(), 401);
    }

    @Test
    void aBadSinceLimitCursorOrAnUnknownParameterIsA400NamingIt() {
        assertThat(assertProblem(audit("?since=yesterday"), 400).get("field").asText()).isEqualTo("since");
        assertThat(assertProblem(audit("?limit=501"), 400).get("field").asText()).isEqualTo("limit");
        assertThat(assertProblem(audit("?cursor=abc"), 400).get("field").asText()).isEqualTo("cursor");
        assertThat(assertProblem(audit("?action=token.created"), 400).get("field").asText()).isEqualTo("action");
    }
}
