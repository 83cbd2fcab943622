package dev.opstracker.bootstrap.backup;

import static java.util.Objects.requireNonNull;

import dev.opstracker.bootstrap.system.OwnerOnlyFiles;
import dev.opstracker.export.runbook.JgitRunbookArchive;
import dev.opstracker.persistence.security.PassphraseEncryption;
import dev.opstracker.persistence.security.SealedStreamException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores a backup that {@link BackupWriter} wrote into an empty (or missing) data directory. Every
 * entry is unpacked into an owner-only staging directory inside the target and checked against the
 * manifest (name, size, SHA-256) before anything is moved into place; the runbook repository is
 * rebuilt there from its bundle. Staging inside the target rather than beside it keeps the final
 * moves on one file system when the data directory is a mount point. On failure the staging
 * directory is removed, and so is the data directory when the restore created it.
 */
public final class BackupRestorer {

    private static final Logger LOG = LoggerFactory.getLogger(BackupRestorer.class);
    private static final int MAX_MANIFEST_BYTES = 1024 * 1024;

    private final InstantSource clock;

    public BackupRestorer(InstantSource clock) {
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Restores {@code file} into {@code dataDirectory}.
     *
     * @throws BackupException naming the file or directory: the file is missing, the passphrase wrong,
     *                         the file damaged or inconsistent with its manifest, or the directory not empty
     */
    public RestoreSummary restore(Path file, Path dataDirectory, char[] passphrase, BackupProgress progress) {
        requireNonNull(passphrase, "passphrase is null");
        requireNonNull(progress, "progress is null");
        Path source = requireNonNull(file, "file is null").toAbsolutePath().normalize();
        Path target = requireNonNull(dataDirectory, "dataDirectory is null").toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new BackupException("backup file %s does not exist".formatted(source));
        }
        boolean created = prepareTarget(target);
        Instant started = clock.instant();
        LOG.info("Restoring {} into {}", source, target);
        Path staging = null;
        try {
            staging = Staging.directory(target, ".restore-");
            BackupManifest manifest = unpack(source, staging, passphrase, progress);
            Path bundle = staging.resolve(BackupEntries.RUNBOOKS);
            if (Files.exists(bundle)) {
                JgitRunbookArchive.restoreBundle(bundle, staging.resolve(BackupEntries.RUNBOOKS_DIRECTORY));
                Files.delete(bundle);
            }
            moveIntoPlace(staging, target);
            RestoreSummary summary = new RestoreSummary(target, manifest, Duration.between(started, clock.instant()));
            LOG.info("{}", summary.describe());
            return summary;
        } catch (IOException | RuntimeException failure) {
            cleanUp(staging, created ? target : null, failure);
            if (failure instanceof BackupException known) {
                throw known;
            }
            throw new BackupException("cannot restore %s into %s: %s".formatted(source, target, failure.getMessage()), failure);
        }
    }

    /** Creates the directory when missing (returning true) or checks that it is empty. */
    private static boolean prepareTarget(Path target) {
        try {
            if (!Files.exists(target)) {
                OwnerOnlyFiles.createDirectories(target);
                return true;
            }
            if (!Files.isDirectory(target)) {
                throw new BackupException("cannot restore into %s: it is a file, not a directory".formatted(target));
            }
            try (Stream<Path> children = Files.list(target)) {
                List<String> names = children.map(child -> child.getFileName().toString()).sorted().limit(6).toList();
                if (!names.isEmpty()) {
                    throw new BackupException("data directory %s is not empty (it holds %s): restore only into an empty or new directory"
                            .formatted(target, String.join(", ", names.subList(0, Math.min(5, names.size()))) + (names.size() > 5 ? ", ..." : "")));
                }
            }
            return false;
        } catch (IOException failure) {
            throw new BackupException("cannot restore into %s: %s".formatted(target, failure.getMessage()), failure);
        }
    }

    /** Decrypts and unzips every entry into {@code staging}, then checks them against the manifest. */
    private static BackupManifest unpack(Path source, Path staging, char[] passphrase, BackupProgress progress) throws IOException {
        Map<String, BackupManifest.Entry> unpacked = new HashMap<>();
        byte[] manifestJson = null;
        try (InputStream decrypted = PassphraseEncryption.decrypting(new BufferedInputStream(Files.newInputStream(source), 64 * 1024), passphrase)) {
            ZipInputStream zip = new ZipInputStream(decrypted);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (!BackupEntries.ALL.contains(name) || unpacked.containsKey(name) || (name.equals(BackupManifest.NAME) && manifestJson != null)) {
                    throw new BackupException("backup %s holds an unexpected entry %s".formatted(source, name));
                }
                if (name.equals(BackupManifest.NAME)) {
                    manifestJson = zip.readNBytes(MAX_MANIFEST_BYTES);
                    continue;
                }
                try (OutputStream file = Staging.create(staging.resolve(name))) {
                    HashingOutputStream out = new HashingOutputStream(file, name, progress);
                    zip.transferTo(out);
                    unpacked.put(name, out.finish());
                }
            }
            // The zip's central directory ends the stream: reading to the end authenticates the last chunk too.
            decrypted.transferTo(OutputStream.nullOutputStream());
        } catch (SealedStreamException unreadable) {
            throw new BackupException("cannot open backup %s: %s".formatted(source, unreadable.getMessage()), unreadable);
        } catch (ZipException malformed) {
            throw new BackupException("backup %s is not a valid archive: %s".formatted(source, malformed.getMessage()), malformed);
        }
        if (manifestJson == null) {
            throw new BackupException("backup %s has no manifest".formatted(source));
        }
        BackupManifest manifest = BackupManifest.fromJson(manifestJson);
        verify(source, manifest, unpacked);
        return manifest;
    }

    private static void verify(Path source, BackupManifest manifest, Map<String, BackupManifest.Entry> unpacked) {
        if (manifest.format() != BackupManifest.FORMAT) {
            throw new BackupException("backup %s has format %d; this OpsTracker reads format %d".formatted(source, manifest.format(), BackupManifest.FORMAT));
        }
        for (BackupManifest.Entry expected : manifest.entries()) {
            BackupManifest.Entry actual = unpacked.get(expected.name());
            if (actual == null) {
                throw new BackupException("backup %s lacks %s, which its manifest lists".formatted(source, expected.name()));
            }
            if (!actual.equals(expected)) {
                throw new BackupException("backup %s: %s has %d bytes with SHA-256 %s, but its manifest says %d bytes with %s"
                        .formatted(source, expected.name(), actual.size(), actual.sha256(), expected.size(), expected.sha256()));
            }
        }
        for (String name : unpacked.keySet()) {
            if (manifest.entry(name).isEmpty()) {
                throw new BackupException("backup %s holds %s, which its manifest does not list".formatted(source, name));
            }
        }
    }

    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        try (Stream<Path> children = Files.list(staging)) {
            for (Path child : children.toList()) {
                Files.move(child, target.resolve(child.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.delete(staging);
    }

    private static void cleanUp(Path staging, Path createdTarget, Exception failure) {
        try {
            if (staging != null) {
                Staging.delete(staging);
            }
            if (createdTarget != null) {
                Files.deleteIfExists(createdTarget);
            }
        } catch (IOException trouble) {
            failure.addSuppressed(trouble);
        }
    }
}
