package dev.opstracker.application.infra;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentRules;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.NewComponent;
import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One bulk upsert, a chunk of rows at a time. Each chunk's existing components are read in two
 * statements. New components wait, and are stored a level at a time (one call for every waiting
 * component whose parent is stored), at the end of the chunk or before a row that updates or
 * names one of them again, so rows still take effect in order. A level the store refuses is
 * applied row by row, so one bad row fails alone.
 */
final class ImportRun {

    /** Rows read and written together: large enough to amortise the statements, small enough for memory. */
    static final int CHUNK_ROWS = 1_000;
    private static final int ATTEMPTS = 3;
    private static final Set<String> RACES = Set.of("duplicate-path", "duplicate-external-id", "stale-parent", DomainException.Conflict.CONCURRENT_WRITE,
            DomainException.Conflict.STALE_VERSION);

    private final ComponentStore components;
    private final InfrastructureRules rules;
    private final ComponentRules current;
    private final Instant now;
    private final ImportTally tally;
    private final Map<ComponentPath, Optional<Component>> byPath = new HashMap<>();
    private final Map<String, Optional<Component>> byExternalId = new HashMap<>();
    private final List<Integer> waiting = new ArrayList<>();
    private final Set<ComponentPath> pendingPaths = new HashSet<>();
    private final Set<String> pendingExternalIds = new HashSet<>();

    ImportRun(ComponentStore components, InfrastructureRules rules, ComponentRules current, Instant now, ImportTally tally) {
        this.components = components;
        this.rules = rules;
        this.current = current;
        this.now = now;
        this.tally = tally;
    }

    /** Applies rows {@code from} (inclusive) to {@code to} (exclusive) of the tally's rows. */
    void applyChunk(int from, int to) {
        forgetAll();
        prefetch(tally.rows().subList(from, to));
        for (int index = from; index < to; index++) {
            applyBatched(index);
        }
        flush();
    }

    /** Reads what the chunk's rows may match, and their parents, in two statements; what is not found is remembered as absent. */
    private void prefetch(List<ComponentRow> chunk) {
        Set<String> externalIds = new LinkedHashSet<>();
        Set<ComponentPath> paths = new LinkedHashSet<>();
        for (ComponentRow row : chunk) {
            if (row.externalId() != null) {
                externalIds.add(row.externalId());
            }
            paths.add(row.path());
            ComponentPath parent = parentPath(row.path());
            if (parent != null) {
                paths.add(parent);
            }
        }
        externalIds.forEach(id -> byExternalId.put(id, Optional.empty()));
        paths.forEach(path -> byPath.put(path, Optional.empty()));
        components.findAllByExternalId(externalIds).forEach(this::remember);
        components.findAllByPath(paths).forEach(this::remember);
    }

    private void applyBatched(int index) {
        ComponentRow row = tally.rows().get(index);
        try {
            if (pendingPaths.contains(row.path()) || (row.externalId() != null && pendingExternalIds.contains(row.externalId()))) {
                flush();
            }
            if (match(row).isEmpty()) {
                // New: it waits, even below a parent that itself waits; flush stores them parents first.
                waiting.add(index);
                pendingPaths.add(row.path());
                if (row.externalId() != null) {
                    pendingExternalIds.add(row.externalId());
                }
                return;
            }
            ComponentPath parent = parentPath(row.path());
            if (parent != null && pendingPaths.contains(parent)) {
                flush();
            }
            if (plan(row) instanceof Plan.Keep) {
                tally.unchanged(index);
            } else {
                flush();
                applyAlone(index);
            }
        } catch (DomainException failure) {
            tally.failed(index, failure);
        }
    }

    /**
     * Stores the waiting new components, one {@link ComponentStore#addAll} per level: each round
     * takes those whose parent is no longer waiting. A round the store refuses is applied row by row.
     */
    private void flush() {
        while (!waiting.isEmpty()) {
            List<Integer> later = new ArrayList<>();
            List<Integer> settled = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            List<NewComponent> batch = new ArrayList<>();
            for (int index : waiting) {
                ComponentRow row = tally.rows().get(index);
                ComponentPath parent = parentPath(row.path());
                if (parent != null && pendingPaths.contains(parent)) {
                    later.add(index);
                    continue;
                }
                settled.add(index);
                try {
                    if (plan(row) instanceof Plan.Add(NewComponent created)) {
                        rows.add(index);
                        batch.add(created);
                    } else {
                        applyAlone(index);
                    }
                } catch (DomainException failure) {
                    tally.failed(index, failure);
                }
            }
            store(rows, batch);
            for (int index : settled) {
                ComponentRow row = tally.rows().get(index);
                pendingPaths.remove(row.path());
                if (row.externalId() != null) {
                    pendingExternalIds.remove(row.externalId());
                }
            }
            waiting.clear();
            waiting.addAll(later);
        }
    }

    private void store(List<Integer> rows, List<NewComponent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Component> stored;
        try {
            stored = components.addAll(batch);
        } catch (DomainException refused) {
            rows.forEach(this::applyAlone);
            return;
        }
        for (int index = 0; index < rows.size(); index++) {
            remember(stored.get(index));
            tally.created(rows.get(index));
        }
    }

    /** Applies one row straight to the store, reading again and retrying when it lost a race with another writer. */
    private void applyAlone(int index) {
        ComponentRow row = tally.rows().get(index);
        for (int attempt = 1; ; attempt++) {
            try {
                switch (plan(row)) {
                    case Plan.Add(NewComponent created) -> {
                        remember(components.add(created));
                        tally.created(index);
                    }
                    case Plan.Update(Component before, Component changed) -> {
                        write(before, changed);
                        tally.updated(index);
                    }
                    case Plan.Keep keep -> tally.unchanged(index);
                }
                return;
            } catch (DomainException.Conflict conflict) {
                if (attempt == ATTEMPTS || !RACES.contains(conflict.reason())) {
                    tally.failed(index, conflict);
                    return;
                }
                forgetAll();
            } catch (DomainException failure) {
                tally.failed(index, failure);
                return;
            }
        }
    }

    /** What a row asks of the store. */
    private sealed interface Plan {
        record Add(NewComponent component) implements Plan {
        }

        record Update(Component before, Component changed) implements Plan {
        }

        record Keep() implements Plan {
        }
    }

    /** The component a row is about: the one with its external id, else the one at its path. */
    private Optional<Component> match(ComponentRow row) {
        Optional<Component> existing = row.externalId() == null ? Optional.empty() : lookUp(row.externalId());
        return existing.isPresent() ? existing : lookUp(row.path());
    }

    private Plan plan(ComponentRow row) {
        ComponentDetails details = new ComponentDetails(row.kind(), row.path().name(), row.provider(), row.externalId(), row.tags());
        Optional<Component> existing = match(row);
        ComponentPath parentPath = parentPath(row.path());
        Component parent = parentPath == null ? null : lookUp(parentPath).orElseThrow(() -> new DomainException.InvalidInput("path", row.path(),
                "its parent %s does not exist; add it first (an earlier row will do)".formatted(parentPath)));
        if (existing.isEmpty()) {
            return new Plan.Add(current.place(details, parent, now));
        }
        Component stored = existing.get();
        Component changed = rules.reshape(current, stored, details, parent, now);
        return changed == stored ? new Plan.Keep() : new Plan.Update(stored, changed);
    }

    private void write(Component before, Component changed) {
        Component stored = components.update(changed);
        if (!before.path().equals(stored.path())) {
            // Everything remembered below the old path moved with it.
            forgetAll();
        } else if (before.externalId() != null && !before.externalId().equals(stored.externalId())) {
            byExternalId.put(before.externalId(), Optional.empty());
        }
        remember(stored);
    }

    private Optional<Component> lookUp(ComponentPath path) {
        return byPath.computeIfAbsent(path, components::findByPath);
    }

    private Optional<Component> lookUp(String externalId) {
        return byExternalId.computeIfAbsent(externalId, components::findByExternalId);
    }

    private void remember(Component component) {
        byPath.put(component.path(), Optional.of(component));
        if (component.externalId() != null) {
            byExternalId.put(component.externalId(), Optional.of(component));
        }
    }

    private void forgetAll() {
        byPath.clear();
        byExternalId.clear();
    }

    private static ComponentPath parentPath(ComponentPath path) {
        return path.depth() == 1 ? null : new ComponentPath(path.names().subList(0, path.depth() - 1));
    }
}
