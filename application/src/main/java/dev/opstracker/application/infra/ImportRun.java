package dev.opstracker.application.infra;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.NewComponent;
import dev.opstracker.domain.infra.ParentingRules;
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
 * statements; new components wait in a batch that is stored in one call, and the batch is flushed
 * before a row that needs one of them (as parent or by path) and before any update, so rows still
 * apply in order. A batch the store refuses is applied row by row, so one bad row fails alone.
 */
final class ImportRun {

    /** Rows read and written together: large enough to amortise the statements, small enough for memory. */
    static final int CHUNK_ROWS = 1_000;
    private static final int ATTEMPTS = 3;
    private static final Set<String> RACES = Set.of("duplicate-path", "duplicate-external-id", "stale-parent", "concurrent-write",
            DomainException.Conflict.STALE_VERSION);

    private final ComponentStore components;
    private final ParentingRules rules;
    private final Instant now;
    private final ImportTally tally;
    private final Map<ComponentPath, Optional<Component>> byPath = new HashMap<>();
    private final Map<String, Optional<Component>> byExternalId = new HashMap<>();
    private final List<Integer> pendingRows = new ArrayList<>();
    private final List<NewComponent> pending = new ArrayList<>();
    private final Set<ComponentPath> pendingPaths = new HashSet<>();
    private final Set<String> pendingExternalIds = new HashSet<>();

    ImportRun(ComponentStore components, ParentingRules rules, Instant now, ImportTally tally) {
        this.components = components;
        this.rules = rules;
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
            if (needsPending(row)) {
                flush();
            }
            if (plan(row) instanceof Plan.Add(NewComponent created)) {
                pendingRows.add(index);
                pending.add(created);
                pendingPaths.add(created.path());
                if (created.externalId() != null) {
                    pendingExternalIds.add(created.externalId());
                }
            } else {
                flush();
                applyAlone(index);
            }
        } catch (DomainException failure) {
            tally.failed(index, failure);
        }
    }

    private boolean needsPending(ComponentRow row) {
        ComponentPath parent = parentPath(row.path());
        return pendingPaths.contains(row.path()) || (parent != null && pendingPaths.contains(parent))
                || (row.externalId() != null && pendingExternalIds.contains(row.externalId()));
    }

    /** Stores the waiting new components in one call; if the store refuses the batch, row by row. */
    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Integer> rows = List.copyOf(pendingRows);
        List<NewComponent> batch = List.copyOf(pending);
        pendingRows.clear();
        pending.clear();
        pendingPaths.clear();
        pendingExternalIds.clear();
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

    private Plan plan(ComponentRow row) {
        ComponentDetails details = new ComponentDetails(row.kind(), row.path().name(), row.provider(), row.externalId(), row.tags());
        Optional<Component> existing = row.externalId() == null ? Optional.empty() : lookUp(row.externalId());
        if (existing.isEmpty()) {
            existing = lookUp(row.path());
        }
        ComponentPath parentPath = parentPath(row.path());
        Component parent = parentPath == null ? null : lookUp(parentPath).orElseThrow(() -> new DomainException.InvalidInput("path", row.path(),
                "its parent %s does not exist; add it first (an earlier row will do)".formatted(parentPath)));
        if (existing.isEmpty()) {
            return new Plan.Add(Component.create(details, parent, rules, now));
        }
        Component current = existing.get();
        Component changed = current.reshape(details, parent, rules, now);
        return changed == current ? new Plan.Keep() : new Plan.Update(current, changed);
    }

    private void write(Component before, Component changed) {
        Component stored = components.update(changed);
        if (!before.path().equals(stored.path())) {
            // Everything remembered below the old path moved with it.
            forgetAll();
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
