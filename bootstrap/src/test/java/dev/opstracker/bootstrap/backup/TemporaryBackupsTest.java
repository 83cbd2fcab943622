package dev.opstracker.bootstrap.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.export.runbook.JgitRunbookArchive;
import dev.opstracker.persistence.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporaryBackupsTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aTemporaryBackupLeftByAKilledServerIsRemovedAtStartAndOneStillBeingWrittenIsKept() throws Exception {
        Path leftover = Files.createDirectory(dataDirectory.resolve(TemporaryBackups.PREFIX + "1"));
        Path leftoverFile = Files.writeString(leftover.resolve("opstracker.backup"), "half a backup");
        Path writing = Files.createDirectory(dataDirectory.resolve(TemporaryBackups.PREFIX + "2"));
        Path writingFile = Files.writeString(writing.resolve("opstracker.backup"), "a backup being written");
        Path unrelated = Files.createDirectory(dataDirectory.resolve("runbooks-old"));
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        for (Path path : new Path[] {leftoverFile, leftover, unrelated, writing}) {
            Files.setLastModifiedTime(path, anHourAgo);
        }

        int removed;
        try (Database database = Database.embedded(dataDirectory); JgitRunbookArchive runbooks = new JgitRunbookArchive(dataDirectory.resolve("runbooks"))) {
            removed = new TemporaryBackups(database, dataDirectory, runbooks, InstantSource.system()).sweep(Duration.ofMinutes(10));
        }

        assertThat(removed).isEqualTo(1);
        assertThat(leftover).doesNotExist();
        assertThat(writingFile).exists();
        assertThat(unrelated).exists();
    }
}
