package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as an operator runs it: {@code java -jar opstracker.jar serve} starts, answers,
 * and on SIGTERM finishes cleanly (the shutdown hook stops the server and closes the pool).
 */
class ServerProcessIT {

    @TempDir
    Path dataDirectory;

    @Test
    void theJarServesAndStopsCleanlyOnSigterm() {
        try (ServerProcess server = ServerProcess.start(ServerProcess.Options.embedded("sigterm", dataDirectory))) {
            assertThat(server.anonymous().get("/health").status()).isEqualTo(200);
            assertThat(server.admin().post("/api/v1/tasks", "{\"title\":\"from the jar\"}").status()).isEqualTo(201);

            assertThat(server.stop()).as("exit status after SIGTERM").isEqualTo(143);
            String output = server.log();
            assertThat(output).contains("Stopping OpsTracker", "Closed the pool", "OpsTracker stopped");
            assertThat(output).doesNotContain(server.adminToken()).doesNotContain("Exception");
        }
    }
}
