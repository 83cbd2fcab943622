package dev.opstracker.bootstrap;

import dev.opstracker.bootstrap.backup.BackupProgress;
import java.io.PrintWriter;
import java.util.Locale;

/** Progress of a long backup or restore as lines on the terminal: one per 16 MiB of a large entry; small entries print nothing. */
final class ProgressLines {

    private ProgressLines() {
    }

    static BackupProgress to(PrintWriter out) {
        return (entry, bytes, complete) -> {
            if (!complete) {
                out.println(String.format(Locale.ROOT, "  %s: %d MiB", entry, bytes / (1024 * 1024)));
                out.flush();
            }
        };
    }
}
