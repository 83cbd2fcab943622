package dev.opstracker.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.bootstrap.cli.Cli.Mode;
import dev.opstracker.bootstrap.cli.Cli.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code opstracker commands record}, as the shell hook calls it: a line typed elsewhere, with its exit code and times. */
class CommandsRecordCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aTypedLineIsRecordedAsItsWordsWithExitCodeAndTimesAndNoOutput(Mode mode) throws Exception {
        try (Cli cli = Cli.start(mode, directory)) {
            cli.run("task", "add", "Look at the pods");

            Result recorded = cli.run("commands", "record", "--task", "1", "--exit", "1", "--started", "1764579600.250000", "--ended",
                    "1764579601.750000", "--cwd", "/srv", "--", "kubectl get pods -n 'prod ns' --password=hunter2hunter2");
            JsonNode run = JSON.readTree(cli.run("commands", "show", "1", "-o", "json").out());
            Result badTime = cli.run("commands", "record", "--task", "1", "--exit", "0", "--started", "noon", "--ended", "1", "--", "ls");

            assertThat(recorded.out()).isEqualTo("Recorded run 1 in task 1\n");
            assertThat(run.path("command").asText()).isEqualTo("kubectl get pods -n 'prod ns' --password=****");
            assertThat(run.path("exitCode").asInt()).isEqualTo(1);
            assertThat(run.path("cwd").asText()).isEqualTo("/srv");
            assertThat(run.path("startedAt").asText()).startsWith("2025-12-01T09:00:00.25");
            assertThat(run.path("durationMs").asLong()).isEqualTo(1500);
            assertThat(run.path("stdout").path("size").asLong()).isZero();
            assertThat(badTime.exitCode()).isEqualTo(1);
            assertThat(badTime.err()).contains("--started 'noon' is not a time");
        }
    }
}
