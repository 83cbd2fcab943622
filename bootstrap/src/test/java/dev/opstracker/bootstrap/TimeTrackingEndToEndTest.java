package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A timer started and stopped through the whole server on embedded H2. */
class TimeTrackingEndToEndTest {

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
    void aTimerStartedOverHttpRunsInTheStoreUntilStopped() {
        ApiClient.Reply task = api.post("/api/v1/tasks", "{\"title\":\"Checkout 502s\",\"client\":\"ACME\"}");
        long taskId = task.json().get("id").asLong();

        ApiClient.Reply started = api.post("/api/v1/time/start", "{\"taskId\":%d,\"zone\":\"Europe/Berlin\",\"activity\":\"incident\"}".formatted(taskId));

        assertThat(started.status()).as(started.response().body()).isEqualTo(201);
        String location = started.header("Location");
        assertThat(location).matches("/api/v1/time/entries/\\d+");
        assertThat(started.json().get("client").asText()).isEqualTo("ACME");
        JsonNode current = api.get("/api/v1/time/current").json();
        assertThat(current.get("id")).isEqualTo(started.json().get("id"));
        assertThat(current.get("running").asBoolean()).isTrue();

        ApiClient.Reply stopped = api.post("/api/v1/time/stop", "{}");

        assertThat(stopped.status()).as(stopped.response().body()).isEqualTo(200);
        assertThat(stopped.json().get("end").isNull()).isFalse();
        assertThat(stopped.json().get("running").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/time/current").status()).isEqualTo(404);
        ApiClient.Reply stored = api.get(location);
        assertThat(stored.json().get("end").asText()).isEqualTo(stopped.json().get("end").asText());
        assertThat(stored.header("ETag")).isEqualTo("\"2\"");
    }
}
