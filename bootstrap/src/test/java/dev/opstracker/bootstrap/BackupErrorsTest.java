package dev.opstracker.bootstrap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.bootstrap.backup.BackupException;
import dev.opstracker.bootstrap.backup.BackupProgress;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.persistence.security.PassphraseEncryption;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator sees when a backup or restore cannot be done, and that nothing half-done is left behind. */
class BackupErrorsTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    static Path shared;

    @TempDir
    Path temporary;

    private static Path backup;

    @BeforeAll
    static void backUpOneTask() {
        backup = shared.resolve("one-task.backup");
        try (OpsTracker ops = OpsTracker.embedded(shared.resolve("live"))) {
            ops.tasks().create(TaskDetails.titled("Renew the TLS certificate"));
            ops.backup(backup, PASSPHRASE, BackupProgress.none());
        }
    }

    @Test
    void aWrongPassphraseIsNamedAsSuchAndTheDirectoryTheRestoreCreatedIsRemoved() {
        Path target = temporary.resolve("restored");

        assertThatThrownBy(() -> OpsTracker.restore(backup, target, "not the passphrase".toCharArray(), BackupProgress.none()))
                .isInstanceOf(BackupException.class)
                .hasMessage("cannot open backup %s: the passphrase is wrong (or the file's header was changed)", backup);
        assertThat(target).doesNotExist();
    }

    @Test
    void aChangedByteIsCaughtAsDamageAndTheEmptyTargetStaysEmpty() throws IOException {
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 2] ^= 0x20;
        Path changed = Files.write(temporary.resolve("changed.backup"), bytes);
        Path target = Files.createDirectory(temporary.resolve("restored"));

        assertThatThrownBy(() -> OpsTracker.restore(changed, target, PASSPHRASE, BackupProgress.none()))
                .isInstanceOf(BackupException.class)
                .hasMessageStartingWith("cannot open backup %s: the file is damaged or cut short: chunk ".formatted(changed));
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void aBackupCutShortIsCaughtEvenWhenOnlyItsEndIsMissing() throws IOException {
        byte[] bytes = Files.readAllBytes(backup);
        Path cut = Files.write(temporary.resolve("cut.backup"), Arrays.copyOf(bytes, bytes.length - 20));

        assertThatThrownBy(() -> OpsTracker.restore(cut, temporary.resolve("restored"), PASSPHRASE, BackupProgress.none()))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("damaged or cut short");
        assertThat(temporary.resolve("restored")).doesNotExist();
    }

    @Test
    void restoringIntoADirectoryThatHoldsAnythingIsRefusedNamingItAndItsContent() throws IOException {
        Path target = Files.createDirectory(temporary.resolve("data"));
        Files.writeString(target.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> OpsTracker.restore(backup, target, PASSPHRASE, BackupProgress.none()))
                .isInstanceOf(BackupException.class)
                .hasMessage("data directory %s is not empty (it holds notes.txt): restore only into an empty or new directory", target);
        assertThat(target.resolve("notes.txt")).hasContent("keep me");
    }

    @Test
    void aMissingBackupFileIsNamed() {
        Path missing = temporary.resolve("no-such.backup");

        assertThatThrownBy(() -> OpsTracker.restore(missing, temporary.resolve("restored"), PASSPHRASE, BackupProgress.none()))
                .isInstanceOf(BackupException.class)
                .hasMessage("backup file %s does not exist", missing);
        assertThat(temporary.resolve("restored")).doesNotExist();
    }

    @Test
    void aBackupNeverReplacesAnExistingFileNorLeavesAnythingWhenItFails() throws IOException {
        Path existing = Files.writeString(temporary.resolve("yesterday.backup"), "yesterday");
        try (OpsTracker ops = OpsTracker.embedded(temporary.resolve("live"))) {
            assertThatThrownBy(() -> ops.backup(existing, PASSPHRASE, BackupProgress.none()))
                    .isInstanceOf(BackupException.class)
                    .hasMessage("backup file %s exists already; choose a new name", existing);
            assertThatThrownBy(() -> ops.backup(temporary.resolve("today.backup"), "too short".toCharArray(), BackupProgress.none()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the passphrase has 9 characters; use at least 12");
            assertThatThrownBy(() -> ops.backup(temporary.resolve("missing/today.backup"), PASSPHRASE, BackupProgress.none()))
                    .isInstanceOf(BackupException.class)
                    .hasMessageEndingWith("directory %s does not exist", temporary.resolve("missing"));
        }

        assertThat(existing).hasContent("yesterday");
        try (Stream<Path> files = Files.list(temporary)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("yesterday.backup", "live");
        }
        try (Stream<Path> files = Files.list(temporary.resolve("live"))) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".backup-"));
        }
    }

    @Test
    void anEntryThatDisagreesWithTheManifestIsRefusedBeforeAnythingIsMovedIntoPlace() throws IOException {
        Path forged = sealedZip("admin.token", "a token", """
                {"format":1,"opstrackerVersion":"dev","createdAt":"2026-11-20T09:00:00Z","database":"h2","schemaVersion":"17",
                 "entries":[{"name":"admin.token","size":7,"sha256":"%s"}]}""".formatted("0".repeat(64)));
        Path target = Files.createDirectory(temporary.resolve("restored"));

        assertThatThrownBy(() -> OpsTracker.restore(forged, target, PASSPHRASE, BackupProgress.none()))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("admin.token has 7 bytes with SHA-256 ")
                .hasMessageContaining("but its manifest says 7 bytes with " + "0".repeat(64));
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void anEntryNamedOutsideTheDataDirectoryIsRefused() throws IOException {
        Path forged = sealedZip("../outside.txt", "escaped", "{}");

        assertThatThrownBy(() -> OpsTracker.restore(forged, temporary.resolve("restored"), PASSPHRASE, BackupProgress.none()))
                .isInstanceOf(BackupException.class)
                .hasMessage("backup %s holds an unexpected entry ../outside.txt", forged);
        assertThat(temporary.resolve("outside.txt")).doesNotExist();
    }

    /** An archive sealed with the right passphrase whose content was not written by a backup. */
    private Path sealedZip(String name, String content, String manifest) throws IOException {
        Path file = temporary.resolve("forged.backup");
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(PassphraseEncryption.encrypting(out, PASSPHRASE))) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(UTF_8));
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifest.getBytes(UTF_8));
        }
        return file;
    }
}
