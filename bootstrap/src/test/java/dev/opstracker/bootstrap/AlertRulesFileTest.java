package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertRulesFileTest {

    @TempDir
    Path directory;

    @Test
    void aServerStartedWithARulesFileStoresItsRulesForEveryNode() throws Exception {
        Path file = Files.writeString(directory.resolve("alert-rules.json"), """
                {"rules": [{"name": "acme", "matchers": ["client=acme"], "assignee": "marcus", "client": "ACME"}]}
                """);

        try (RunningServer server = RunningServer.prepare(Settings.embedded(directory.resolve("data")).withPort(0)).withAlertRules(file)) {
            server.serve();
        }

        try (OpsTracker reopened = OpsTracker.embedded(directory.resolve("data"))) {
            assertThat(reopened.alertRouting().current().rules().rules()).singleElement()
                    .satisfies(rule -> assertThat(rule.defaults().assignee()).isEqualTo("marcus"));
            assertThat(reopened.alertRouting().current().version()).isEqualTo(1);
        }
    }

    @Test
    void anInvalidRulesFileStopsTheStartNamingTheFileAndTheField() throws Exception {
        Path file = Files.writeString(directory.resolve("bad.json"), "{\"rules\": [{\"name\": \"a\", \"matchers\": [\"nope\"]}]}");
        RunningServer server = RunningServer.prepare(Settings.embedded(directory.resolve("data")).withPort(0)).withAlertRules(file);

        assertThatThrownBy(server::serve).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("rules[0].matchers[0]");
        server.close();
    }

    @Test
    void aMissingRulesFileStopsTheStart() {
        RunningServer server = RunningServer.prepare(Settings.embedded(directory.resolve("data")).withPort(0))
                .withAlertRules(directory.resolve("missing.json"));

        assertThatThrownBy(server::serve).isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.json");
        server.close();
    }
}
