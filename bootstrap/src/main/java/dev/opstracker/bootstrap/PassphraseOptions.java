package dev.opstracker.bootstrap;

import dev.opstracker.bootstrap.system.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where {@code backup} and {@code restore} find the passphrase: an owner-only file, or the
 * environment. Never an option value, which every user of the machine could read in the process list.
 */
final class PassphraseOptions {

    static final String VARIABLE = "OPSTRACKER_BACKUP_PASSPHRASE";

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Owner-only file whose first line is the backup passphrase (at least 12 characters). "
                    + "Without it, the passphrase comes from env " + VARIABLE + ".")
    Path file;

    /** The passphrase from the file if one was named, else from {@value #VARIABLE}. */
    char[] read() {
        return read(file, System.getenv(VARIABLE));
    }

    static char[] read(Path file, String environmentValue) {
        if (file != null) {
            try {
                String firstLine = OwnerOnlyFiles.readSecret(file).lines().findFirst().orElse("");
                if (firstLine.isEmpty()) {
                    throw new IllegalArgumentException("passphrase file %s is empty".formatted(file));
                }
                return firstLine.toCharArray();
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot read passphrase file %s: %s".formatted(file, failure.getMessage()), failure);
            }
        }
        if (environmentValue == null || environmentValue.isEmpty()) {
            throw new IllegalArgumentException("no backup passphrase: set %s or give --passphrase-file".formatted(VARIABLE));
        }
        return environmentValue.toCharArray();
    }
}
