package dev.opstracker.bootstrap.backup;

/** Told how a backup or restore goes, entry by entry, so that a caller can show long work; called on the working thread. */
@FunctionalInterface
public interface BackupProgress {

    /**
     * {@code bytes} of entry {@code entry} are written (or read) so far: after every 16 MiB of it, and once more,
     * with {@code complete} true, when the entry is done.
     */
    void progressed(String entry, long bytes, boolean complete);

    /** Progress nobody watches. */
    static BackupProgress none() {
        return (entry, bytes, complete) -> {
        };
    }
}
