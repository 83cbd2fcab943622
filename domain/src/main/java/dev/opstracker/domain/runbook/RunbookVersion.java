package dev.opstracker.domain.runbook;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One saved version of a runbook in its archive: its number (1 for the first, counting up), the
 * archive's own id for it (a git commit id), who saved it, the message (naming the source tasks), and when.
 */
public record RunbookVersion(RunbookSlug slug, int number, String revision, String author, String message, Instant savedAt) {

    public RunbookVersion {
        requireNonNull(slug, "slug is null");
        if (number < 1) {
            throw new IllegalArgumentException("runbook %s has version %d".formatted(slug, number));
        }
        requireNonNull(revision, "revision is null");
        requireNonNull(author, "author is null");
        requireNonNull(message, "message is null");
        requireNonNull(savedAt, "savedAt is null");
    }
}
