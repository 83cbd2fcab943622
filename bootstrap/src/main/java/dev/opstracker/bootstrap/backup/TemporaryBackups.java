package dev.opstracker.bootstrap.backup;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.backup.BackupArchiver;
import dev.opstracker.export.runbook.JgitRunbookArchive;
import dev.opstracker.persistence.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups written by {@link BackupWriter} into an owner-only {@value #PREFIX}* directory inside the data
 * directory, for the API to send: that volume is the one the storage watch measures, and unlike the
 * system's temporary directory (often a small tmpfs) it is sized for the data. The backup holds only the
 * files it names, never these directories.
 */
public final class TemporaryBackups implements BackupArchiver {

    static final String PREFIX = ".api-backup-";
    private static final Logger LOG = LoggerFactory.getLogger(TemporaryBackups.class);
    private static final String FILE_NAME = "opstracker.backup";

    private final Database database;
    private final Path dataDirectory;
    private final JgitRunbookArchive runbooks;
    private final InstantSource clock;

    public TemporaryBackups(Database database, Path dataDirectory, JgitRunbookArchive runbooks, InstantSource clock) {
        this.database = requireNonNull(database, "database is null");
        this.dataDirectory = requireNonNull(dataDirectory, "dataDirectory is null").toAbsolutePath();
        this.runbooks = requireNonNull(runbooks, "runbooks is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Removes what a server killed while it wrote or sent a backup left behind: temporary backup directories in which
     * nothing changed for {@code idle} (one being written changes all the time). Called when the store opens.
     *
     * @return how many were removed
     */
    public int sweep(Duration idle) {
        int removed = 0;
        if (!Files.isDirectory(dataDirectory)) {
            return removed;
        }
        try (Stream<Path> entries = Files.list(dataDirectory)) {
            for (Path directory : entries.filter(entry -> entry.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(entry)).toList()) {
                if (lastChange(directory).isBefore(clock.instant().minus(idle))) {
                    Staging.delete(directory);
                    removed++;
                }
            }
        } catch (IOException failure) {
            LOG.warn("Cannot look for leftover temporary backups in {}", dataDirectory, failure);
        }
        if (removed > 0) {
            LOG.info("Removed {} temporary backups left by a server that stopped while it wrote or sent them", removed);
        }
        return removed;
    }

    private static Instant lastChange(Path directory) throws IOException {
        Instant latest = Files.getLastModifiedTime(directory).toInstant();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Instant changed = Files.getLastModifiedTime(file).toInstant();
                latest = changed.isAfter(latest) ? changed : latest;
            }
        }
        return latest;
    }

    @Override
    public Path write(char[] passphrase) {
        Path directory;
        try {
            directory = Staging.directory(dataDirectory, PREFIX);
        } catch (IOException failure) {
            throw new BackupException("cannot make a temporary directory for a backup in %s: %s".formatted(dataDirectory, failure.getMessage()), failure);
        }
        try {
            return new BackupWriter(database, dataDirectory, runbooks, clock).write(directory.resolve(FILE_NAME), passphrase, BackupProgress.none()).file();
        } catch (RuntimeException failure) {
            discard(directory.resolve(FILE_NAME));
            throw failure;
        }
    }

    @Override
    public void discard(Path backup) {
        Path directory = backup.toAbsolutePath().getParent();
        if (directory == null || !directory.getFileName().toString().startsWith(PREFIX) || !dataDirectory.equals(directory.getParent())) {
            throw new IllegalArgumentException("%s is not a backup this archiver wrote".formatted(backup));
        }
        try {
            Staging.delete(directory);
        } catch (IOException failure) {
            LOG.warn("Cannot delete the temporary backup {}", directory, failure);
        }
    }
}
