package dev.opstracker.bootstrap;

import dev.opstracker.bootstrap.backup.BackupProgress;
import dev.opstracker.bootstrap.cli.Progress;
import java.util.Locale;

/** Progress of a long backup or restore on the terminal's progress line: the entry under way and how much of it is done. */
final class ProgressLines {

    private ProgressLines() {
    }

    static BackupProgress to(Progress progress) {
        return (entry, bytes, complete) -> progress.describe(complete ? entry + " done" : String.format(Locale.ROOT, "%s %d MiB", entry, bytes / (1024 * 1024)));
    }
}
