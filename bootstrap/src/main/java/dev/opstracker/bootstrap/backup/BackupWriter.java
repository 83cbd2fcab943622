package dev.opstracker.bootstrap.backup;

import static java.util.Objects.requireNonNull;

import dev.opstracker.bootstrap.Version;
import dev.opstracker.export.runbook.JgitRunbookArchive;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.SchemaMigrator;
import dev.opstracker.persistence.security.PassphraseEncryption;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a backup of a data directory while OpsTracker keeps running: one zip archive, encrypted as
 * a whole by {@link PassphraseEncryption}. In order: the embedded database through H2's online
 * {@code BACKUP TO} (a MariaDB database is left to its operator's tools, and the manifest says so),
 * then the key and token files, then the runbook repository as a git bundle, then the
 * {@link BackupManifest}. Keys and runbooks come after the database on purpose: key versions and
 * runbook commits only grow, and the runbook archive commits before the database records a version,
 * so every key and commit the database copy refers to is in the backup.
 *
 * <p>The archive is written to a temporary file beside the target and moved into place once
 * complete and synced, so a failed backup leaves no file behind. A plain copy of the database
 * exists only in an owner-only directory inside the data directory, while it is being archived.
 */
public final class BackupWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BackupWriter.class);
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Database database;
    private final Path dataDirectory;
    private final JgitRunbookArchive runbooks;
    private final InstantSource clock;

    /** Backs up {@code database} (H2 in {@code dataDirectory}, or MariaDB) and the files and runbook archive of {@code dataDirectory}. */
    public BackupWriter(Database database, Path dataDirectory, JgitRunbookArchive runbooks, InstantSource clock) {
        this.database = requireNonNull(database, "database is null");
        this.dataDirectory = requireNonNull(dataDirectory, "dataDirectory is null").toAbsolutePath();
        this.runbooks = requireNonNull(runbooks, "runbooks is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Writes the backup to {@code file}, which must not exist yet.
     *
     * @throws BackupException naming the file when it exists, its directory is missing, or writing fails
     * @throws IllegalArgumentException when the passphrase is shorter than {@value PassphraseEncryption#MIN_PASSPHRASE_LENGTH} characters
     */
    public BackupSummary write(Path file, char[] passphrase, BackupProgress progress) {
        requireNonNull(passphrase, "passphrase is null");
        requireNonNull(progress, "progress is null");
        Path target = requireNonNull(file, "file is null").toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new BackupException("backup file %s exists already; choose a new name".formatted(target));
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new BackupException("cannot write backup %s: directory %s does not exist".formatted(target, target.getParent()));
        }
        Instant started = clock.instant();
        LOG.info("Backing up {} to {}", dataDirectory, target);
        Path temporary = null;
        try {
            temporary = Staging.file(target.getParent(), "." + target.getFileName() + ".");
            BackupManifest manifest = writeArchive(temporary, passphrase, progress, started);
            sync(temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            BackupSummary summary = new BackupSummary(target, Files.size(target), manifest, Duration.between(started, clock.instant()));
            LOG.info("{}", summary.describe());
            return summary;
        } catch (IOException failure) {
            throw new BackupException("cannot write backup %s: %s".formatted(target, failure.getMessage()), failure);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private BackupManifest writeArchive(Path temporary, char[] passphrase, BackupProgress progress, Instant started) throws IOException {
        List<BackupManifest.Entry> entries = new ArrayList<>();
        String schemaVersion = new SchemaMigrator(database).appliedVersion().orElse(null);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.WRITE), BUFFER_BYTES);
                ZipOutputStream zip = new ZipOutputStream(PassphraseEncryption.encrypting(file, passphrase))) {
            Path staging = Staging.directory(dataDirectory, ".backup-");
            try {
                if (database.kind().equals("h2")) {
                    entries.add(addEmbeddedDatabase(zip, staging, progress));
                }
                for (String name : BackupEntries.FILES) {
                    Path source = dataDirectory.resolve(name);
                    if (Files.isRegularFile(source)) {
                        try (InputStream in = Files.newInputStream(source)) {
                            entries.add(add(zip, name, in, progress));
                        }
                    }
                }
                addRunbooks(zip, staging, progress).ifPresent(entries::add);
            } finally {
                Staging.delete(staging);
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, Version.current(), started, database.kind(), schemaVersion, entries);
            zip.putNextEntry(new ZipEntry(BackupManifest.NAME));
            zip.write(manifest.toJson());
            zip.closeEntry();
            return manifest;
        }
    }

    /** H2 writes its online copy as a zip in the staging directory; its one file is copied over into the archive. */
    private BackupManifest.Entry addEmbeddedDatabase(ZipOutputStream zip, Path staging, BackupProgress progress) throws IOException {
        Path h2Zip = staging.resolve("h2-backup.zip");
        LOG.info("Copying the embedded database online");
        database.backUpEmbeddedTo(h2Zip);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(Database.EMBEDDED_FILE_NAME)) {
                    return add(zip, BackupEntries.DATABASE, in, progress);
                }
            }
        }
        throw new IOException("H2's backup holds no " + Database.EMBEDDED_FILE_NAME);
    }

    private Optional<BackupManifest.Entry> addRunbooks(ZipOutputStream zip, Path staging, BackupProgress progress) throws IOException {
        Path bundle = staging.resolve(BackupEntries.RUNBOOKS);
        boolean written;
        try (OutputStream out = Staging.create(bundle)) {
            written = runbooks.writeBundle(out);
        }
        if (!written) {
            LOG.info("No runbook was ever saved: the backup holds no runbook repository");
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(bundle)) {
            return Optional.of(add(zip, BackupEntries.RUNBOOKS, in, progress));
        }
    }

    private static BackupManifest.Entry add(ZipOutputStream zip, String name, InputStream in, BackupProgress progress) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        HashingOutputStream out = new HashingOutputStream(zip, name, progress);
        in.transferTo(out);
        zip.closeEntry();
        BackupManifest.Entry entry = out.finish();
        LOG.info("Archived {} ({} bytes)", name, entry.size());
        return entry;
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException failure) {
            LOG.warn("Cannot delete the unfinished backup {}", temporary, failure);
        }
    }
}
