package dev.opstracker.bootstrap.backup;

import java.util.List;
import java.util.Locale;

/** Words for what a backup holds, shared by the backup's and the restore's one-line summaries. */
final class Contents {

    private Contents() {
    }

    static String of(BackupManifest manifest) {
        String database = manifest.holdsDatabase()
                ? "the embedded database at schema version " + manifest.schemaVersion()
                : "no database (%s at schema version %s is backed up with its own tools)".formatted(manifest.database(), manifest.schemaVersion());
        List<String> files = BackupEntries.FILES.stream().filter(name -> manifest.entry(name).isPresent()).toList();
        String keys = files.isEmpty() ? "no key or token file" : "key and token files " + String.join(", ", files);
        String runbooks = manifest.entry(BackupEntries.RUNBOOKS).isPresent() ? "the runbook repository" : "no runbook repository";
        return "%s, %s, %s".formatted(database, keys, runbooks);
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
