package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.audit.AuditEntry;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.PageRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens and the audit log through the whole server over embedded H2: managed over HTTP, kept across a restart. */
class AccessEndToEndTest {

    @TempDir
    Path dataDirectory;

    private static List<String> texts(JsonNode items, String field) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.at(field).asText()).toList();
    }

    @Test
    void anAdminIssuesAClientsTokenThatSeesOnlyThatClientsTasksRevokesItAndTheAuditLogKeepsWhoDidWhatAcrossARestart() throws IOException {
        String secret;
        long id;
        try (RunningServer server = RunningServer.start(Settings.embedded(dataDirectory).withPort(0))) {
            ApiClient admin = new ApiClient(server.port(), Files.readString(dataDirectory.resolve("admin.token")).strip());
            admin.post("/api/v1/tasks", "{\"title\": \"Acme task\", \"client\": \"ACME\"}");
            admin.post("/api/v1/tasks", "{\"title\": \"Globex task\", \"client\": \"GLOBEX\"}");

            ApiClient.Reply created = admin.post("/api/v1/tokens", "{\"name\": \"globex portal\", \"scopes\": [\"tasks:read\"], \"client\": \"GLOBEX\","
                    + " \"expiresAt\": \"2999-01-01T00:00:00Z\"}");
            assertThat(created.status()).isEqualTo(201);
            secret = created.json().get("secret").asText();
            id = created.json().get("id").asLong();
            ApiClient portal = new ApiClient(server.port(), secret);

            assertThat(texts(portal.get("/api/v1/tasks").json().get("items"), "/title")).containsExactly("Globex task");
            assertThat(admin.get("/api/v1/tokens").response().body()).contains("globex portal").doesNotContain(secret);
            assertThat(admin.delete("/api/v1/tokens/" + id, null).json().get("active").asBoolean()).isFalse();
            assertThat(portal.get("/api/v1/tasks").status()).isEqualTo(401);
        }
        try (RunningServer restarted = RunningServer.start(Settings.embedded(dataDirectory).withPort(0))) {
            ApiClient admin = new ApiClient(restarted.port(), Files.readString(dataDirectory.resolve("admin.token")).strip());

            JsonNode log = admin.get("/api/v1/audit").json().get("items");

            assertThat(texts(log, "/action")).containsExactly("token.revoked", "token.created", "token.created");
            assertThat(texts(log, "/actor/name")).containsExactly("initial admin", "initial admin", "system");
            assertThat(texts(log, "/target")).startsWith("token " + id, "token " + id);
            assertThat(log.get(1).get("detail").asText()).isEqualTo("name=globex portal scopes=tasks:read client=GLOBEX expiresAt=2999-01-01T00:00:00Z");
            assertThat(log.toString()).doesNotContain(secret);
            assertThat(new ApiClient(restarted.port(), secret).get("/api/v1/tasks").status()).isEqualTo(401);
            assertThat(admin.get("/api/v1/tokens/" + id).json().get("revokedAt").isNull()).isFalse();
        }
    }

    @Test
    void theEmbeddedLibraryRecordsWhatItIsAskedToDoAsTheLibraryOrAsTheActorItIsGiven() {
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            long id = ops.tokens().issue("ci", Set.of(Scope.TASKS_READ), null).token().id();
            ops.tokens().revoke(Actor.named("anna"), id);

            List<AuditEntry> log = ops.audit().list(null, PageRequest.firstDefault()).items();

            assertThat(log).extracting(AuditEntry::actor).containsExactly(Actor.named("anna"), Actor.LIBRARY);
            assertThat(log).extracting(AuditEntry::action).containsExactly(AuditAction.TOKEN_REVOKED, AuditAction.TOKEN_CREATED);
        }
    }
}
