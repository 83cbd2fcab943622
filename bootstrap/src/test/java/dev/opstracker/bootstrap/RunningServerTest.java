package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunningServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aServerStoppedBeforeItStartedNeverOpensTheStore() {
        RunningServer server = RunningServer.prepare(Settings.embedded(dataDirectory).withPort(0));
        server.close();

        assertThatThrownBy(server::serve).isInstanceOf(IllegalStateException.class).hasMessageContaining("stopped before it started");
        assertThat(dataDirectory.resolve("opstracker.mv.db")).doesNotExist();
    }

    @Test
    void closingTwiceIsHarmlessAndReleasesTheDatabaseForTheNextOpen() {
        RunningServer server = RunningServer.start(Settings.embedded(dataDirectory).withPort(0));
        server.close();
        server.close();

        try (OpsTracker reopened = OpsTracker.embedded(dataDirectory)) {
            assertThat(reopened.tokens().anyTokenExists()).isTrue();
        }
    }

    @Test
    void aServerServesOnce() {
        try (RunningServer server = RunningServer.start(Settings.embedded(dataDirectory).withPort(0))) {
            assertThat(server.port()).isPositive();
            assertThatThrownBy(server::serve).isInstanceOf(IllegalStateException.class);
        }
    }
}
