package dev.opstracker.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.bootstrap.cli.Cli.Mode;
import dev.opstracker.bootstrap.cli.Cli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code opstracker backup --server}: a running server's own backup, saved here whole, restored into a new data directory. */
class BackupCliTest {

    @TempDir
    Path serverDirectory;

    @TempDir
    Path work;

    @Test
    void aRunningServersBackupIsSavedHereAndRestoresIntoAnEmptyDataDirectory() throws Exception {
        Path passphrase = Files.writeString(work.resolve("passphrase"), "correct horse battery staple\n");
        Files.setPosixFilePermissions(passphrase, PosixFilePermissions.fromString("rw-------"));
        Path backup = work.resolve("server.backup");
        Path restored = work.resolve("restored");
        try (Cli server = Cli.start(Mode.REMOTE, serverDirectory)) {
            server.run("task", "add", "Kept in the backup");

            Result saved = server.run("backup", backup.toString(), "--passphrase-file", passphrase.toString());
            Result again = server.run("backup", backup.toString(), "--passphrase-file", passphrase.toString());

            assertThat(saved.exitCode()).as(saved.err()).isZero();
            assertThat(saved.out()).startsWith("Wrote the backup " + backup);
            assertThat(again.exitCode()).isEqualTo(1);
            assertThat(again.err()).contains("exists already");
        }
        Result restore = Cli.runRaw("restore", backup.toString(), "--data-dir", restored.toString(), "--passphrase-file", passphrase.toString());
        Result listed = Cli.runRaw("task", "list", "--data-dir", restored.toString());

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(listed.out()).contains("Kept in the backup");
    }

    @Test
    void aBackupRefusedByTheServerLeavesNoFileAndSaysWhy() throws Exception {
        Path passphrase = Files.writeString(work.resolve("passphrase"), "too short\n");
        Files.setPosixFilePermissions(passphrase, PosixFilePermissions.fromString("rw-------"));
        Path backup = work.resolve("refused.backup");
        try (Cli server = Cli.start(Mode.REMOTE, serverDirectory)) {
            Result refused = server.run("backup", backup.toString(), "--passphrase-file", passphrase.toString());

            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err()).contains("passphrase", "(HTTP 400)");
        }
        assertThat(Files.list(work)).containsExactly(passphrase);
    }
}
