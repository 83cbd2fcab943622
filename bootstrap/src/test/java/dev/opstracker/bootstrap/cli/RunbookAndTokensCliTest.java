package dev.opstracker.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.bootstrap.cli.Cli.Mode;
import dev.opstracker.bootstrap.cli.Cli.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code opstracker runbook ...} from finished tasks with recorded commands, and {@code opstracker tokens ...}. */
class RunbookAndTokensCliTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(Mode.class)
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the commands run are POSIX tools")
    void aRunbookIsGeneratedFromFinishedTasksShownVersionedAndDiffed(Mode mode) {
        try (Cli cli = Cli.start(mode, directory)) {
            cli.run("task", "add", "Restart the API on web-1");
            cli.run("exec", "--task", "1", "--", "echo", "restarting", "web-1");
            cli.run("task", "done", "1");
            cli.run("task", "add", "Restart the API on web-2");
            cli.run("exec", "--task", "2", "--", "echo", "restarting", "web-2");
            cli.run("exec", "--task", "2", "--", "echo", "checking", "web-2");
            cli.run("task", "done", "2");

            Result first = cli.run("runbook", "generate", "Restart the API", "--tasks", "1");
            Result second = cli.run("runbook", "generate", "Restart the API", "--tasks", "1,2");
            Result listed = cli.run("runbook", "list");
            Result markdown = cli.run("runbook", "show", "restart-the-api");
            Result versions = cli.run("runbook", "versions", "restart-the-api");
            Result diff = cli.run("runbook", "diff", "restart-the-api", "1", "2");

            assertThat(first.out()).isEqualTo("Saved runbook restart-the-api version 1\n");
            assertThat(second.out()).isEqualTo("Saved runbook restart-the-api version 2\n");
            assertThat(listed.out()).contains("restart-the-api", "Restart the API");
            assertThat(markdown.out()).contains("# Restart the API", "```sh", "echo restarting");
            assertThat(versions.out().lines()).hasSize(3);
            assertThat(diff.out()).contains("@@", "+");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void tokensAreCreatedListedWithoutTheirSecretsAndRevoked(Mode mode) {
        try (Cli cli = Cli.start(mode, directory)) {
            Result created = cli.run("tokens", "create", "grafana", "--scope", "alerts:write", "--expires", "90d");
            String secret = created.out().strip();
            Result listed = cli.run("tokens", "list", "-o", "csv");
            String id = listed.out().lines().filter(line -> line.contains("grafana")).findFirst().orElseThrow().split(",")[0];
            Result revoked = cli.run("tokens", "revoke", id);
            Result badScope = cli.run("tokens", "create", "x", "--scope", "everything");

            assertThat(created.exitCode()).isZero();
            assertThat(secret).startsWith("opt_");
            assertThat(listed.out()).startsWith("ID,NAME,SCOPES,CLIENT,ACTIVE,EXPIRES,REVOKED\n").contains("grafana").doesNotContain(secret);
            assertThat(revoked.out()).isEqualTo("Revoked token " + id + " (grafana)\n");
            assertThat(badScope.exitCode()).isEqualTo(1);
            assertThat(badScope.err()).contains("everything", "(HTTP 400)");
        }
    }

    @Test
    void aTokenCreatedByTheCommandLineWorksUntilItIsRevoked(@TempDir Path other) {
        try (Cli admin = Cli.start(Mode.REMOTE, directory)) {
            Result created = admin.run("tokens", "create", "ci", "--scope", "tasks:read,tasks:write");
            String secret = created.out().strip();
            Result listed = admin.run("tokens", "list");
            String server = admin.serverAddress();

            Result used = Cli.runRaw("task", "add", "From CI", "--server", server, "--token", secret);
            Result revoked = admin.run("tokens", "revoke", "2");
            Result refused = Cli.runRaw("task", "list", "--server", server, "--token", secret);

            assertThat(secret).startsWith("opt_").doesNotContain("\n");
            assertThat(created.err()).contains("shown this once");
            assertThat(listed.out()).contains("ci", "tasks:read").doesNotContain(secret);
            assertThat(used.exitCode()).isZero();
            assertThat(revoked.out()).isEqualTo("Revoked token 2 (ci)\n");
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("(HTTP 401)");
        }
    }
}
