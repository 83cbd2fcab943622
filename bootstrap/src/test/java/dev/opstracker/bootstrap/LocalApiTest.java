package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.http.InMemoryApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDirectory;

    @Test
    void aLocalSessionCreatesAndReadsTasksThroughTheApiInMemory() {
        try (LocalApi local = LocalApi.open(Settings.embedded(dataDirectory), "alice")) {
            InMemoryApi.Response created = local.api().exchange("POST", "/api/v1/tasks", json(local),
                    "{\"title\":\"Rotate the TLS certificate on edge-1\"}".getBytes(StandardCharsets.UTF_8), WAIT);
            assertThat(created.status()).isEqualTo(201);
            String location = created.header("Location");

            InMemoryApi.Response read = local.api().exchange("GET", location, json(local), null, WAIT);

            assertThat(read.status()).isEqualTo(200);
            assertThat(new String(read.body(), StandardCharsets.UTF_8)).contains("Rotate the TLS certificate on edge-1");
        }
    }

    @Test
    void aRequestWithoutTheSessionSecretIsRefusedAsFromAnyClient() {
        try (LocalApi local = LocalApi.open(Settings.embedded(dataDirectory), "alice")) {
            InMemoryApi.Response refused = local.api().exchange("GET", "/api/v1/tasks", Map.of("Authorization", "Bearer opt_not-the-session"), null, WAIT);

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void theLocalSessionIsNeverStoredNorListedAsAToken() {
        try (LocalApi local = LocalApi.open(Settings.embedded(dataDirectory), "alice")) {
            assertThat(local.opsTracker().tokens().list()).noneMatch(token -> token.name().equals("alice"));
        }
    }

    @Test
    void anApiStartedInMemoryCannotBeStartedOnAPortAsWell() {
        try (OpsTracker ops = OpsTracker.open(Settings.embedded(dataDirectory))) {
            ops.apiServer().startInMemory();

            assertThatThrownBy(() -> ops.apiServer().start()).isInstanceOf(IllegalStateException.class);
        }
    }

    private static Map<String, String> json(LocalApi local) {
        return Map.of("Authorization", "Bearer " + local.bearer(), "Content-Type", "application/json", "Accept", "application/json");
    }
}
