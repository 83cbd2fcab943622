package dev.opstracker.domain.backup;

import java.nio.file.Path;

/**
 * Writes an encrypted backup of this OpsTracker's data while it stays open and in use: the embedded
 * database, the key and token files and the runbook repository. Implemented where the data
 * directory and the database are known (bootstrap).
 */
public interface BackupArchiver {

    /** The fewest characters a backup passphrase has, over the API, on the command line and in the library alike. */
    int MIN_PASSPHRASE_LENGTH = 12;

    /**
     * Writes a backup encrypted with {@code passphrase} to a new owner-only temporary file on the data
     * directory's volume and returns it; hand it to {@link #discard} once it has been sent.
     *
     * @throws RuntimeException naming what failed when the backup cannot be written; nothing is left behind then
     */
    Path write(char[] passphrase);

    /** Deletes a backup {@link #write} returned, and whatever was made for it; a missing one is fine. */
    void discard(Path backup);
}
