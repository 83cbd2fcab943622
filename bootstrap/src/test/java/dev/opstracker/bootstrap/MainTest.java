package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's contract: help, exit codes, and one-line errors. */
class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void helpListsTheServeCommandAndSucceeds() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("serve");
    }

    @Test
    void serveHelpDocumentsEveryOptionWithItsEnvironmentVariable() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).contains("--data-dir", "--host", "--port", "--db-url", "--db-user", "--db-password",
                "--max-request-bytes", "OPSTRACKER_PORT", "OPSTRACKER_DB_URL", "--webhook-signing", "OPSTRACKER_WEBHOOK_SIGNING");
    }

    @Test
    void aWebhookSigningFileOthersMayReadStopsTheStartBeforeAnythingOpens(@TempDir Path dataDirectory) throws IOException {
        Path file = Files.writeString(dataDirectory.resolve("signing"), "grafana=grafana-hmac:topsecret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        int code = run("serve", "--port", "0", "--data-dir", dataDirectory.toString(), "--webhook-signing", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(file.toString(), "rw-r--r--").doesNotContain("topsecret");
        assertThat(dataDirectory.resolve("admin.token")).doesNotExist();
    }

    @Test
    void aMalformedOptionIsAUsageErrorWithExitCodeTwo() {
        assertThat(run("serve", "--port", "eighty")).isEqualTo(2);
        assertThat(err.toString()).contains("--port").contains("eighty");
    }

    @Test
    void anInvalidSettingFailsWithExitCodeOneAndAOneLineMessage(@TempDir Path dataDirectory) {
        int code = run("serve", "--port", "70000", "--data-dir", dataDirectory.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("opstracker: port '70000' is invalid: a port is between 0 (any free port) and 65535");
    }

    @Test
    void anUnsupportedDatabaseUrlIsRefusedWithoutEchoingThePassword(@TempDir Path dataDirectory) {
        int code = run("serve", "--port", "0", "--data-dir", dataDirectory.toString(),
                "--db-url", "jdbc:postgresql://db/ops", "--db-password", "hunter2-secret");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("jdbc:postgresql").doesNotContain("hunter2-secret");
    }

    @Test
    void theVersionComesFromTheJarOrSaysDev() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("opstracker ");
    }
}
