package dev.opstracker.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.bootstrap.cli.Cli.Mode;
import dev.opstracker.bootstrap.cli.Cli.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code opstracker alerts ...}: a task's incidents, and a dead letter shown and replayed. */
class AlertsCliTest {

    private static final String FIRING = """
            {"version": "4", "status": "firing", "groupKey": "{}:{alertname=\\"DiskFull\\"}",
             "alerts": [{"status": "firing", "fingerprint": "8c5e2f7a90b1d3c4",
                         "labels": {"alertname": "DiskFull", "instance": "db-1:9100", "severity": "critical"},
                         "annotations": {"summary": "/var is 97% full on db-1"},
                         "startsAt": "2026-11-20T08:00:00Z", "endsAt": "0001-01-01T00:00:00Z"}]}""";

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aTasksIncidentsAndADeadLetterAreShownAndTheDeadLetterReplayed(Mode mode) {
        try (Cli cli = Cli.start(mode, directory)) {
            ApiReply opened = cli.send(ApiCall.send("POST", "/api/v1/alerts/alertmanager", "application/json", FIRING.getBytes(StandardCharsets.UTF_8)));
            ApiReply refused = cli.send(ApiCall.send("POST", "/api/v1/alerts/generic", "application/json", "{\"title\": 42}".getBytes(StandardCharsets.UTF_8)));

            Result incidents = cli.run("alerts", "list", "1");
            Result lately = cli.run("alerts", "list", "--since", "2h");
            Result longAgo = cli.run("alerts", "list", "--since", "2000-01-01", "-o", "json");
            Result deadLetters = cli.run("alerts", "dead-letters");
            Result deadLetter = cli.run("alerts", "dead-letters", "1");
            Result replayed = cli.run("alerts", "replay", "1");

            assertThat(opened.status()).isEqualTo(200);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(incidents.out()).contains("alertmanager", "critical", "/var is 97% full on db-1");
            assertThat(lately.out()).contains("alertmanager", "/var is 97% full on db-1");
            assertThat(longAgo.out()).contains("8c5e2f7a90b1d3c4");
            assertThat(deadLetters.out().lines()).hasSize(2);
            assertThat(deadLetters.out()).contains("generic");
            assertThat(deadLetter.out()).contains("BODY:", "{\"title\": 42}");
            assertThat(replayed.exitCode()).isEqualTo(1);
            assertThat(replayed.err()).contains("(HTTP 400)");
        }
    }
}
