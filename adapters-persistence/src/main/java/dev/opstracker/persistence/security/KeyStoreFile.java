package dev.opstracker.persistence.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A password-protected BCFKS keystore on disk. BCFKS is the keystore format both Bouncy Castle
 * builds read and write (the FIPS one knows no other), and it checks the whole file's integrity
 * under the password, so a wrong password and a modified file are both refused.
 *
 * <p>Every write goes to a temporary file beside it, is flushed to the device, and then renamed over
 * the old file in one step, so a crash leaves either the old keys or the new ones, never half a file.
 * Files are owner-only ({@code rw-------}) where the file system has POSIX permissions.
 */
final class KeyStoreFile {

    private static final Logger LOG = LoggerFactory.getLogger(KeyStoreFile.class);
    private static final String TYPE = "BCFKS";
    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final char[] password;

    KeyStoreFile(Path file, char[] password) {
        this.file = file.toAbsolutePath();
        this.password = password;
    }

    Path path() {
        return file;
    }

    /** The keystore in the file; an empty one, written at once, when there is no file yet. */
    KeyStore openOrCreate() {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot create the directory of master key file " + file, failure);
        }
        removeLeftoverTemporaryFiles();
        if (Files.exists(file)) {
            warnWhenOthersMayRead();
            return read();
        }
        KeyStore store = empty();
        write(store);
        LOG.info("Created master key file {}", file);
        return store;
    }

    KeyStore read() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read master key file " + file, failure);
        }
        try {
            KeyStore store = KeyStore.getInstance(TYPE, BouncyCastle.PROVIDER);
            store.load(new ByteArrayInputStream(content), password);
            return store;
        } catch (IOException | GeneralSecurityException failure) {
            // BCFKS cannot tell a wrong password from a modified file: both fail its integrity check.
            throw new IllegalStateException("cannot open master key file %s: wrong password, or the file is damaged or not a %s keystore"
                    .formatted(file, TYPE), failure);
        }
    }

    void write(KeyStore store) {
        Path temporary = createTemporaryFile();
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                store.store(out, password);
                channel.force(true);
            }
            // On POSIX a rename replaces the target atomically; REPLACE_EXISTING states the intent elsewhere.
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write master key file " + file, failure);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("cannot encode master key file " + file, failure);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static KeyStore empty() {
        try {
            KeyStore store = KeyStore.getInstance(TYPE, BouncyCastle.PROVIDER);
            store.load(null, null);
            return store;
        } catch (IOException | GeneralSecurityException failure) {
            throw new IllegalStateException("the Bouncy Castle provider creates " + TYPE + " keystores", failure);
        }
    }

    private Path createTemporaryFile() {
        Path directory = file.getParent();
        try {
            return supportsPosix()
                    ? Files.createTempFile(directory, file.getFileName() + ".", TEMPORARY_SUFFIX, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                    : Files.createTempFile(directory, file.getFileName() + ".", TEMPORARY_SUFFIX);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot create a temporary file beside master key file " + file, failure);
        }
    }

    /**
     * A temporary file left by a crash may hold keys destroyed since; deleting it keeps destroy honest.
     */
    private void removeLeftoverTemporaryFiles() {
        String prefix = file.getFileName() + ".";
        DirectoryStream.Filter<Path> temporaryFiles = path -> {
            String name = path.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(TEMPORARY_SUFFIX);
        };
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(file.getParent(), temporaryFiles)) {
            for (Path leftover : leftovers) {
                LOG.warn("Deleting {}, left by an interrupted write of the master key file", leftover);
                Files.delete(leftover);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot remove temporary files beside master key file " + file, failure);
        }
    }

    private void warnWhenOthersMayRead() {
        if (!supportsPosix()) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                LOG.warn("Master key file {} has permissions {}; only its owner should read it (chmod 600)",
                        file, PosixFilePermissions.toString(permissions));
            }
        } catch (IOException failure) {
            LOG.warn("Cannot read the permissions of master key file {}", file, failure);
        }
    }

    /** Makes the rename itself durable; only some platforms can open a directory, hence best effort. */
    private void syncDirectory() {
        try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            LOG.debug("Cannot sync directory {}", file.getParent(), notSupported);
        }
    }

    private boolean supportsPosix() {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException failure) {
            LOG.warn("Cannot delete temporary file {}", temporary, failure);
        }
    }
}
