package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code opstracker backup} and {@code restore}: one line each, the passphrase never on the command line. */
class BackupCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path temporary;

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private Path passphraseFile() throws IOException {
        Path file = temporary.resolve("passphrase");
        Files.writeString(file, "correct horse battery staple\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    void aDataDirectoryBackedUpAndRestoredOnTheCommandLineOpensWithItsTasks() throws IOException {
        Path live = temporary.resolve("live");
        TaskId task;
        try (OpsTracker ops = OpsTracker.embedded(live)) {
            task = ops.tasks().create(TaskDetails.titled("Renew the TLS certificate")).id();
        }
        Path file = temporary.resolve("nightly.backup");
        Path restored = temporary.resolve("restored");

        assertThat(run("backup", file.toString(), "--data-dir", live.toString(), "--passphrase-file", passphraseFile().toString())).isZero();
        assertThat(run("restore", file.toString(), "--data-dir", restored.toString(), "--passphrase-file", passphraseFile().toString())).isZero();

        assertThat(out.toString().lines()).hasSize(2).satisfiesExactly(
                line -> assertThat(line).startsWith("Backed up to " + file + ": the embedded database at schema version ")
                        .contains(", no key or token file, no runbook repository, ").endsWith(" s"),
                line -> assertThat(line).startsWith("Restored into " + restored + ": the embedded database at schema version ")
                        .contains("backed up by OpsTracker "));
        assertThat(err.toString()).isEmpty();
        try (OpsTracker ops = OpsTracker.embedded(restored)) {
            assertThat(ops.tasks().get(task).details().title()).isEqualTo("Renew the TLS certificate");
        }
    }

    @Test
    void theHelpOfBothCommandsNamesWhereThePassphraseComesFrom() {
        assertThat(run("--help")).isZero();
        assertThat(run("backup", "--help")).isZero();
        assertThat(run("restore", "--help")).isZero();

        // Help text wraps at 80 columns.
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("backup", "restore", "--passphrase-file", "OPSTRACKER_BACKUP_PASSPHRASE", "--data-dir",
                "it must be empty or missing");
    }

    @Test
    void withoutAPassphraseTheCommandSaysWhereOneComesFrom() {
        assertThat(run("backup", temporary.resolve("x.backup").toString(), "--data-dir", temporary.toString())).isEqualTo(1);

        assertThat(err.toString().strip()).isEqualTo("opstracker: no backup passphrase: set OPSTRACKER_BACKUP_PASSPHRASE or give --passphrase-file");
    }

    @Test
    void aPassphraseFileOthersMayReadIsRefusedWithoutShowingIt() throws IOException {
        Path file = passphraseFile();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        OpsTracker.embedded(temporary.resolve("live")).close();

        int code = run("backup", temporary.resolve("x.backup").toString(), "--data-dir", temporary.resolve("live").toString(),
                "--passphrase-file", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(file.toString(), "rw-r--r--").doesNotContain("horse");
        assertThat(temporary.resolve("x.backup")).doesNotExist();
    }

    @Test
    void aPassphraseIsNotAcceptedAsAnOptionValue() {
        assertThat(run("backup", "x.backup", "--passphrase", "correct horse battery staple")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown options: '--passphrase'").contains("Possible solutions: --passphrase-file");
    }

    @Test
    void backingUpADirectoryWithoutADatabaseSaysSo() throws IOException {
        Path empty = Files.createDirectory(temporary.resolve("empty"));

        int code = run("backup", temporary.resolve("x.backup").toString(), "--data-dir", empty.toString(), "--passphrase-file",
                passphraseFile().toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("opstracker: data directory %s holds no embedded database (opstracker.mv.db)"
                .formatted(empty.toAbsolutePath()));
    }

    @Test
    void restoringIntoANonEmptyDirectoryExitsWithOneLineNamingIt() throws IOException {
        Path target = Files.createDirectory(temporary.resolve("data"));
        Files.writeString(target.resolve("opstracker.mv.db"), "a database already");

        int code = run("restore", temporary.resolve("any.backup").toString(), "--data-dir", target.toString(), "--passphrase-file",
                passphraseFile().toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("opstracker: backup file %s does not exist".formatted(temporary.resolve("any.backup")));
        Files.writeString(temporary.resolve("any.backup"), "not a backup");
        err.getBuffer().setLength(0);
        assertThat(run("restore", temporary.resolve("any.backup").toString(), "--data-dir", target.toString(), "--passphrase-file",
                passphraseFile().toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo(
                "opstracker: data directory %s is not empty (it holds opstracker.mv.db): restore only into an empty or new directory".formatted(target));
    }

    @Test
    void aPassphraseFileHasItsFirstLineTakenAndAnEmptyOneIsRefused() throws IOException {
        Path file = Files.writeString(temporary.resolve("p"), "first line here\nsecond\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Path empty = Files.writeString(temporary.resolve("e"), "\n");
        Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rw-------"));

        assertThat(PassphraseOptions.read(file, "ignored when a file is named")).containsExactly("first line here".toCharArray());
        assertThat(PassphraseOptions.read(null, "from the environment")).containsExactly("from the environment".toCharArray());
        assertThatThrownBy(() -> PassphraseOptions.read(empty, null)).hasMessage("passphrase file %s is empty", empty);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "OPSTRACKER_TEST_MARIADB_URL", matches = ".*\\S.*")
    void withMariaDbTheBackupHoldsKeysAndRunbooksAndSaysTheDatabaseIsTheOperatorsToBackUp() throws IOException, SQLException {
        try (MariaDbScratchDatabase scratch = new MariaDbScratchDatabase(System.getenv("OPSTRACKER_TEST_MARIADB_URL"))) {
            Path live = temporary.resolve("live");
            Settings settings = Settings.embedded(live).withDatabase(scratch.url(), null, null);
            try (OpsTracker ops = OpsTracker.open(settings)) {
                TaskId task = ops.tasks().create(TaskDetails.titled("Rotate keys")).id();
                BackupSeed.record(ops, task, 0, List.of("true"), BackupSeed.text("ok\n"), null);
            }
            Path file = temporary.resolve("mariadb.backup");

            int code = run("backup", file.toString(), "--data-dir", live.toString(), "--db-url", scratch.url(), "--passphrase-file",
                    passphraseFile().toString());

            assertThat(code).as(err.toString()).isZero();
            assertThat(out.toString()).contains("no database (mariadb at schema version ").contains("is backed up with its own tools)")
                    .contains("key and token files master-keys.bcfks, master-keys.password, no runbook repository");
            assertThat(run("restore", file.toString(), "--data-dir", temporary.resolve("restored").toString(), "--passphrase-file",
                    passphraseFile().toString())).isZero();
            assertThat(temporary.resolve("restored/master-keys.bcfks")).exists();
            assertThat(temporary.resolve("restored/opstracker.mv.db")).doesNotExist();
        }
    }
}
