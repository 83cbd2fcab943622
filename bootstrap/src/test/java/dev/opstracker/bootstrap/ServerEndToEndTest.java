package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole server over embedded H2, driven through HTTP as a user with curl would. */
class ServerEndToEndTest {

    @TempDir
    static Path dataDirectory;
    private static RunningServer server;
    private static ApiClient api;

    @BeforeAll
    static void startServer() throws IOException {
        server = RunningServer.start(Settings.embedded(dataDirectory).withPort(0));
        api = new ApiClient(server.port(), Files.readString(dataDirectory.resolve("admin.token")).strip());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void theFirstStartWritesAnAdminTokenOnlyItsOwnerCanRead() throws IOException {
        Path file = dataDirectory.resolve("admin.token");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).startsWith("opt_");
    }

    @Test
    void healthReportsUpWithVersionAndDatabaseKind() {
        ApiClient.Reply health = new ApiClient(server.port(), null).get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.json().get("database").asText()).isEqualTo("h2");
        assertThat(health.json().has("version")).isTrue();
    }

    @Test
    void aTaskIsCreatedUpdatedWithIfMatchFilteredAndDeleted() {
        ApiClient.Reply created = api.post("/api/v1/tasks",
                "{\"title\":\"Rotate TLS cert on edge-lb-1\",\"priority\":\"high\",\"client\":\"ACME\",\"attributes\":{\"env\":\"prod\"}}");
        assertThat(created.status()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(location).matches("/api/v1/tasks/\\d+");
        assertThat(created.json().get("priority").asText()).isEqualTo("P2");

        ApiClient.Reply patched = api.patch(location, "{\"assignee\":\"marcus\"}", created.header("ETag"));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("version").asLong()).isEqualTo(2);

        ApiClient.Reply stale = api.patch(location, "{\"assignee\":\"dana\"}", created.header("ETag"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");

        JsonNode list = api.get("/api/v1/tasks?assignee=marcus&client=ACME&attr=env%3Dprod").json();
        assertThat(list.get("items")).extracting(item -> item.get("title").asText()).contains("Rotate TLS cert on edge-lb-1");
        assertThat(list.has("next")).isTrue();

        assertThat(api.delete(location, patched.header("ETag")).status()).isEqualTo(204);
        assertThat(api.get(location).status()).isEqualTo(404);
    }

    @Test
    void aBadBodyGetsAProblemNamingTheField() {
        ApiClient.Reply bad = api.post("/api/v1/tasks", "{\"title\":\"x\",\"priority\":\"urgent\"}");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.json().get("field").asText()).isEqualTo("priority");
        assertThat(bad.json().get("value").asText()).isEqualTo("urgent");
    }

    @Test
    void requestsWithoutATokenAreRefused() {
        assertThat(new ApiClient(server.port(), null).get("/api/v1/tasks").status()).isEqualTo(401);
    }

    @Test
    void statusChangesAreAppliedThroughTheStatusRoute() {
        String location = api.post("/api/v1/tasks", "{\"title\":\"Drain node-4\"}").header("Location");

        ApiClient.Reply done = api.post(location + "/status", "{\"status\":\"DONE\",\"note\":\"drained\"}");

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("status").asText()).isEqualTo("DONE");
        assertThat(done.json().get("completedAt").isNull()).isFalse();
        assertThat(api.post(location + "/status", "{\"status\":\"BLOCKED\"}").status()).isEqualTo(409);
    }
}
