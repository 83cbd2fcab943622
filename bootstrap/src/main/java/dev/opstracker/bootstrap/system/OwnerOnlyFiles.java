package dev.opstracker.bootstrap.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/** Creates directories and files that only the owning OS user may read, and reads secrets only from such files. */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> SHARED = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private OwnerOnlyFiles() {
    }

    /** Creates the directory (and parents) if missing; a new directory is owner-only where the file system supports it. */
    public static Path createDirectories(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return directory;
        }
        if (supportsPosix(directory)) {
            return Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
        }
        return Files.createDirectories(directory);
    }

    /**
     * Writes {@code text} to {@code file} readable only by the owner. The content appears whole
     * or not at all: it is written to a private temporary file first, then moved into place.
     */
    public static void writeSecret(Path file, String text) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = supportsPosix(directory)
                ? Files.createTempFile(directory, ".secret", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE))
                : Files.createTempFile(directory, ".secret", ".tmp", new FileAttribute<?>[0]);
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException failure) {
            Files.deleteIfExists(temporary);
            throw failure;
        }
        if (supportsPosix(directory)) {
            // The move keeps the temporary file's permissions; setting them again guards against odd file systems.
            Files.setPosixFilePermissions(file, OWNER_FILE);
        }
    }

    /**
     * Reads a file of secrets, refusing one that group or others may read or change (where the file system has
     * POSIX permissions): its secrets would already be exposed, or replaceable, so starting with it would hide that.
     *
     * @throws IllegalArgumentException naming the file and its permissions, never its content, when it is not owner-only
     */
    public static String readSecret(Path file) throws IOException {
        if (supportsPosix(file)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(SHARED::contains)) {
                throw new IllegalArgumentException("%s holds secrets but its permissions are %s; make it readable by its owner only (chmod 600)"
                        .formatted(file, PosixFilePermissions.toString(permissions)));
            }
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static boolean supportsPosix(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
