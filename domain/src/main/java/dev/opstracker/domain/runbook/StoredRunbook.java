package dev.opstracker.domain.runbook;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A runbook as the database keeps it for queries: its current version and document, and how often
 * it was suggested for a task and how often such a task was then resolved.
 */
public record StoredRunbook(Runbook runbook, int version, String document, long timesUsed, long timesResolved, Instant createdAt, Instant updatedAt) {

    public StoredRunbook {
        requireNonNull(runbook, "runbook is null");
        requireNonNull(document, "document is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
        if (version < 1 || timesUsed < 0 || timesResolved < 0) {
            throw new IllegalArgumentException("runbook %s at version %d used %d, resolved %d".formatted(runbook.slug(), version, timesUsed, timesResolved));
        }
    }

    public RunbookSlug slug() {
        return runbook.slug();
    }
}
