package dev.opstracker.application.runbook;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.RunbookArchive;
import dev.opstracker.domain.runbook.RunbookStore;
import dev.opstracker.domain.runbook.RunbookVersion;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/**
 * Saves a runbook's new version where both halves of it live: the history in the archive, then the current version in
 * the store. Shared by generating, restoring and accepting drift, so that they save alike.
 */
final class RunbookVersionWriter {

    private final RunbookArchive archive;
    private final RunbookStore store;
    private final InstantSource clock;

    RunbookVersionWriter(RunbookArchive archive, RunbookStore store, InstantSource clock) {
        this.archive = requireNonNull(archive, "archive is null");
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Saves a version in the archive, then as current in the store unless the store holds it already (an unchanged document). */
    RunbookVersion save(Runbook runbook, String document, String author, String message) {
        Instant now = now();
        RunbookVersion version = archive.save(runbook.slug(), document, author, message, now);
        boolean current = store.find(runbook.slug()).map(stored -> stored.version() >= version.number()).orElse(false);
        if (!current) {
            store.save(runbook, version.number(), document, now);
        }
        return version;
    }

    /** Now, to the second: the precision runbook versions and reviews are kept at. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
