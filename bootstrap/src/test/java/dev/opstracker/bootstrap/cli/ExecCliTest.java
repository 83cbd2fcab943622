package dev.opstracker.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.bootstrap.cli.Cli.Mode;
import dev.opstracker.bootstrap.cli.Cli.Result;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code opstracker exec} runs real child processes and records them in the task; {@code commands} reads them back. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the commands run are POSIX shell scripts")
class ExecCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aSuccessfulCommandIsRecordedWithBothOutputsAndItsExitCode(Mode mode) throws Exception {
        try (Cli cli = Cli.start(mode, directory)) {
            cli.run("task", "add", "Restart the API");

            Result exec = cli.run("exec", "--task", "1", "--", "sh", "-c", "printf 'deployment restarted'; printf 'warning: slow' >&2");
            Result listed = cli.run("commands", "list", "--task", "1", "-o", "json");
            Result stdout = cli.run("commands", "show", "1", "--stdout");
            Result stderr = cli.run("commands", "show", "1", "--stderr");

            assertThat(exec.exitCode()).isZero();
            assertThat(exec.err()).startsWith("opstracker: recorded run 1 in task 1 (exit 0, ");
            JsonNode run = JSON.readTree(listed.out()).get(0);
            assertThat(run.path("command").asText()).isEqualTo("sh -c 'printf '\\''deployment restarted'\\''; printf '\\''warning: slow'\\'' >&2'");
            assertThat(run.path("exitCode").asInt()).isZero();
            assertThat(run.path("stdout").path("size").asLong()).isEqualTo(20);
            assertThat(stdout.out()).isEqualTo("deployment restarted");
            assertThat(stderr.out()).isEqualTo("warning: slow");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theCommandsExitCodeIsPassedThroughAndRecorded(Mode mode) throws Exception {
        try (Cli cli = Cli.start(mode, directory)) {
            cli.run("task", "add", "Check the disk");

            Result failed = cli.run("exec", "--task", "1", "--", "sh", "-c", "echo 'disk full' >&2; exit 7");
            Result shown = cli.run("commands", "show", "1", "-o", "json");

            assertThat(failed.exitCode()).isEqualTo(7);
            assertThat(JSON.readTree(shown.out()).path("exitCode").asInt()).isEqualTo(7);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void largeAndBinaryOutputsAreRecordedByteForByte(Mode mode) throws Exception {
        try (Cli cli = Cli.start(mode, directory)) {
            cli.run("task", "add", "Dump the config");

            Result large = cli.run("exec", "--task", "1", "--", "sh", "-c", "head -c 3000000 /dev/zero | tr '\\000' 'x'");
            Result binary = cli.run("exec", "--task", "1", "--", "printf", "\\000\\001\\377\\n");
            JsonNode runs = JSON.readTree(cli.run("commands", "list", "--task", "1", "-o", "json").out());

            assertThat(large.exitCode()).isZero();
            assertThat(binary.exitCode()).isZero();
            JsonNode largeRun = runs.get(runs.get(0).path("id").asInt() == 1 ? 0 : 1);
            JsonNode binaryRun = runs.get(runs.get(0).path("id").asInt() == 1 ? 1 : 0);
            assertThat(largeRun.path("stdout").path("size").asLong()).isEqualTo(3_000_000);
            assertThat(largeRun.path("stdout").path("sha256").asText()).isEqualTo(sha256("x".repeat(3_000_000).getBytes()));
            assertThat(binaryRun.path("stdout").path("size").asLong()).isEqualTo(4);
            assertThat(binaryRun.path("stdout").path("sha256").asText()).isEqualTo(sha256(new byte[] {0, 1, (byte) 0xFF, '\n'}));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void nothingRunsForATaskThatDoesNotExist(Mode mode) {
        Path marker = work.resolve("ran");
        try (Cli cli = Cli.start(mode, directory)) {
            Result refused = cli.run("exec", "--task", "99", "--", "touch", marker.toString());

            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("99", "(HTTP 404)");
            assertThat(marker).doesNotExist();
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void withoutOutputCaptureTheRunIsRecordedWithoutItsOutputs(Mode mode) throws Exception {
        try (Cli cli = Cli.start(mode, directory)) {
            cli.run("task", "add", "Open a shell on db-1");

            Result exec = cli.run("exec", "--task", "1", "--no-capture-output", "--", "sh", "-c", "echo interactive; exit 3");
            JsonNode run = JSON.readTree(cli.run("commands", "show", "1", "-o", "json").out());

            assertThat(exec.exitCode()).isEqualTo(3);
            assertThat(run.path("exitCode").asInt()).isEqualTo(3);
            assertThat(run.path("stdout").path("size").asLong()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aProgramThatCannotStartFailsNamingIt(Mode mode) {
        try (Cli cli = Cli.start(mode, directory)) {
            cli.run("task", "add", "Typo");

            Result missing = cli.run("exec", "--task", "1", "--", "kubectll", "get", "pods");

            assertThat(missing.exitCode()).isEqualTo(1);
            assertThat(missing.err()).startsWith("opstracker: cannot run kubectll");
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
