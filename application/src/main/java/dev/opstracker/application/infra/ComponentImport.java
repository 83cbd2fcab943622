package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.shared.DomainException;
import jakarta.inject.Inject;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Bulk upsert of components, idempotent: a row matching a component (by external id, else by
 * path) updates it when something differs and leaves it alone otherwise. Rows apply in order, so
 * a parent may come in an earlier row. A bad row is reported and skipped; the good rows stay
 * applied. Should anything else fail (the database gone), the import stops there with
 * {@link ImportInterrupted}, which carries what was done. Past the critical storage level an import is
 * refused before its first row ({@link StorageWatch}).
 */
public final class ComponentImport {

    /** Told how far an import has come, after each chunk of rows. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void rowsDone(int done, int total);
    }

    private final ComponentStore components;
    private final InfrastructureRules rules;
    private final InstantSource clock;
    private final StorageWatch storage;

    /** Imports that do not watch storage. */
    public ComponentImport(ComponentStore components, InfrastructureRules rules, InstantSource clock) {
        this(components, rules, clock, StorageWatch.unwatched());
    }

    @Inject
    public ComponentImport(ComponentStore components, InfrastructureRules rules, InstantSource clock, StorageWatch storage) {
        this.components = requireNonNull(components, "components is null");
        this.rules = requireNonNull(rules, "rules is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.storage = requireNonNull(storage, "storage is null");
    }

    public ImportReport upsert(List<ComponentRow> rows) {
        return upsert(rows, Progress.NONE);
    }

    /** @throws ImportInterrupted when a failure that is no row's fault stopped the import */
    public ImportReport upsert(List<ComponentRow> rows, Progress progress) {
        storage.requireRoomToWrite();
        List<ComponentRow> all = List.copyOf(requireNonNull(rows, "rows is null"));
        requireNonNull(progress, "progress is null");
        ImportTally tally = new ImportTally(all);
        // The rules are read once per call, not per row: a call is applied under one rule set.
        ImportRun run = new ImportRun(components, rules, rules.current(), clock.instant().truncatedTo(ChronoUnit.MICROS), tally);
        try {
            for (int from = 0; from < all.size(); from += ImportRun.CHUNK_ROWS) {
                int to = Math.min(all.size(), from + ImportRun.CHUNK_ROWS);
                run.applyChunk(from, to);
                progress.rowsDone(to, all.size());
            }
        } catch (RuntimeException failure) {
            if (failure instanceof DomainException) {
                throw failure;
            }
            throw new ImportInterrupted(tally.report(), failure);
        }
        return tally.report();
    }
}
