package dev.opstracker.export.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.runbook.RunbookSlug;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's repository carried whole through a git bundle: the backup and restore of runbook history. */
class JgitRunbookArchiveBundleTest {

    private static final RunbookSlug DISK = new RunbookSlug("disk-full-on-node");
    private static final RunbookSlug CERT = new RunbookSlug("renew-tls-certificate");
    private static final Instant T1 = Instant.parse("2026-11-02T08:15:30Z");

    @TempDir
    Path temporary;

    @Test
    void aRestoredArchiveHasTheSameVersionsDocumentsAndDiffsAndTakesTheNextVersion() throws IOException {
        Path bundle = temporary.resolve("runbooks.bundle");
        try (JgitRunbookArchive original = new JgitRunbookArchive(temporary.resolve("original"));
                OutputStream out = Files.newOutputStream(bundle)) {
            original.save(DISK, "{ \"v\" : 1 }\n", "Ada Lovelace", "From tasks 1, 2", T1);
            original.save(DISK, "{ \"v\" : 2 }\n", "Grace Hopper", "From tasks 1, 2, 3", T1.plusSeconds(60));
            original.save(CERT, "{ \"cert\" : true }\n", "Ada Lovelace", "From task 9", T1.plusSeconds(120));
            assertThat(original.writeBundle(out)).isTrue();
            out.close();

            Path restoredDirectory = temporary.resolve("restored");
            JgitRunbookArchive.restoreBundle(bundle, restoredDirectory);

            try (JgitRunbookArchive restored = new JgitRunbookArchive(restoredDirectory)) {
                assertThat(restored.versions(DISK)).isEqualTo(original.versions(DISK));
                assertThat(restored.versions(CERT)).isEqualTo(original.versions(CERT));
                assertThat(restored.document(DISK, 1)).isEqualTo("{ \"v\" : 1 }\n");
                assertThat(restored.diff(DISK, 1, 2)).isEqualTo(original.diff(DISK, 1, 2));
                assertThat(restoredDirectory.resolve("disk-full-on-node.json")).hasContent("{ \"v\" : 2 }");
                assertThat(restored.save(DISK, "{ \"v\" : 3 }\n", "Ada Lovelace", "Drift", T1.plusSeconds(180)).number()).isEqualTo(3);
            }
        }
    }

    @Test
    void aRestoredRepositoryRemembersNoRemoteAndKeepsTheArchiveSettings() throws IOException {
        Path bundle = temporary.resolve("runbooks.bundle");
        try (JgitRunbookArchive original = new JgitRunbookArchive(temporary.resolve("original"));
                OutputStream out = Files.newOutputStream(bundle)) {
            original.save(DISK, "{}\n", "Ada Lovelace", "First", T1);
            original.writeBundle(out);
        }

        JgitRunbookArchive.restoreBundle(bundle, temporary.resolve("restored"));

        try (Repository repo = new FileRepositoryBuilder().setGitDir(temporary.resolve("restored/.git").toFile()).setMustExist(true).build()) {
            assertThat(repo.getRemoteNames()).isEmpty();
            assertThat(repo.getConfig().getString("core", null, "autocrlf")).isEqualTo("false");
            assertThat(repo.getBranch()).isEqualTo("main");
        }
    }

    @Test
    void anArchiveNeverSavedToWritesNoBundleAndCreatesNothing() {
        Path directory = temporary.resolve("runbooks");
        try (JgitRunbookArchive archive = new JgitRunbookArchive(directory)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            assertThat(archive.writeBundle(out)).isFalse();

            assertThat(out.size()).isZero();
            assertThat(directory).doesNotExist();
        }
    }

    @Test
    void restoringOverAnExistingRepositoryIsRefused() {
        Path directory = temporary.resolve("runbooks");
        try (JgitRunbookArchive archive = new JgitRunbookArchive(directory)) {
            archive.save(DISK, "{}\n", "Ada Lovelace", "First", T1);
        }

        assertThatThrownBy(() -> JgitRunbookArchive.restoreBundle(temporary.resolve("any.bundle"), directory))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(directory + " already holds a git repository");
    }
}
