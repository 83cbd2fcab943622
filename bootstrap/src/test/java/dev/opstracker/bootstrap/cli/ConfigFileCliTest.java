package dev.opstracker.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.bootstrap.AdminTokenSetup;
import dev.opstracker.bootstrap.cli.Cli.Mode;
import dev.opstracker.bootstrap.cli.Cli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's config file: the server and token it names are used, and a file others may read is refused. */
class ConfigFileCliTest {

    @TempDir
    Path serverDirectory;

    @TempDir
    Path home;

    @Test
    void aServerAndTokenFromAnOwnerOnlyConfigFileAreUsed() throws Exception {
        try (Cli server = Cli.start(Mode.REMOTE, serverDirectory)) {
            String token = Files.readString(serverDirectory.resolve(AdminTokenSetup.FILE_NAME)).strip();
            Path config = Files.writeString(home.resolve("cli.properties"), "server=" + server.serverAddress() + "\ntoken=" + token + "\n");
            Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));

            Result added = Cli.runRaw("task", "add", "Through the config file", "--config", config.toString());
            Result listed = Cli.runRaw("task", "list", "--config", config.toString());

            assertThat(added.exitCode()).as(added.err()).isZero();
            assertThat(listed.out()).contains("Through the config file");
        }
    }

    @Test
    void aConfigFileOthersMayReadIsRefusedNamingItAndNeverShowingTheToken() throws Exception {
        Path config = Files.writeString(home.resolve("cli.properties"), "server=http://127.0.0.1:9\ntoken=opt_secret-in-a-shared-file\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));

        Result refused = Cli.runRaw("task", "list", "--config", config.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains(config.toString(), "rw-r--r--", "chmod 600").doesNotContain("opt_secret-in-a-shared-file");
    }

    @Test
    void aConfigFileNamedButMissingIsRefusedNamingIt() {
        Result refused = Cli.runRaw("task", "list", "--server", "http://127.0.0.1:9", "--config", home.resolve("none.properties").toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("cannot read config file", "none.properties");
    }

    @Test
    void aServerWithoutATokenIsRefusedSayingWhereOneComesFrom() throws Exception {
        Path config = Files.writeString(home.resolve("cli.properties"), "server=http://127.0.0.1:9\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));

        Result refused = Cli.runRaw("task", "list", "--config", config.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("no token for http://127.0.0.1:9", "--token", "OPSTRACKER_TOKEN");
    }
}
