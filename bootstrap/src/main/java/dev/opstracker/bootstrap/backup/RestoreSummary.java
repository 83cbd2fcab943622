package dev.opstracker.bootstrap.backup;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** A backup restored: into which data directory, what it held, and how long it took. */
public record RestoreSummary(Path dataDirectory, BackupManifest manifest, Duration took) {

    public RestoreSummary {
        requireNonNull(dataDirectory, "dataDirectory is null");
        requireNonNull(manifest, "manifest is null");
        requireNonNull(took, "took is null");
    }

    /** One line for a terminal or a log, naming no secret. */
    public String describe() {
        return "Restored into %s: %s, backed up by OpsTracker %s at %s, in %.1f s".formatted(dataDirectory, Contents.of(manifest),
                manifest.opstrackerVersion(), manifest.createdAt().truncatedTo(ChronoUnit.SECONDS), took.toMillis() / 1000.0);
    }
}
