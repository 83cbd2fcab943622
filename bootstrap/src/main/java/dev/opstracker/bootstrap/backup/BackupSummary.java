package dev.opstracker.bootstrap.backup;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A backup written: where, how large (encrypted, as on disk), what it holds and how long it took.
 */
public record BackupSummary(Path file, long bytes, BackupManifest manifest, Duration took) {

    public BackupSummary {
        requireNonNull(file, "file is null");
        requireNonNull(manifest, "manifest is null");
        requireNonNull(took, "took is null");
    }

    /** One line for a terminal or a log, naming no secret. */
    public String describe() {
        return "Backed up to %s: %s, %s in %.1f s".formatted(file, Contents.of(manifest), Contents.size(bytes), took.toMillis() / 1000.0);
    }
}
