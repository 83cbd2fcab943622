package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentRules;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.shared.DomainException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bulk upsert of components, idempotent: a row matching a component (by external id, else by
 * path) updates it when something differs and leaves it alone otherwise. Rows apply in order, so
 * a parent may come in an earlier row. A bad row is reported and skipped; the good rows stay applied.
 */
public final class ComponentImport {

    private final ComponentStore components;
    private final InfrastructureRules rules;
    private final InstantSource clock;

    @Inject
    public ComponentImport(ComponentStore components, InfrastructureRules rules, InstantSource clock) {
        this.components = requireNonNull(components, "components is null");
        this.rules = requireNonNull(rules, "rules is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public ImportReport upsert(List<ComponentRow> rows) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<ImportReport.RowFailure> failures = new ArrayList<>();
        // One read of the rules per call, not per row: a call is one batch, applied under one rule set.
        ComponentRules current = rules.current();
        for (ComponentRow row : rows) {
            try {
                switch (apply(row, current)) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (DomainException failure) {
                failures.add(failureOf(row, failure));
            }
        }
        return new ImportReport(created, updated, unchanged, failures);
    }

    private enum Outcome { CREATED, UPDATED, UNCHANGED }

    private Outcome apply(ComponentRow row, ComponentRules current) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ComponentDetails details = new ComponentDetails(row.kind(), row.path().name(), row.provider(), row.externalId(), row.tags());
        Optional<Component> existing = row.externalId() == null ? Optional.empty() : components.findByExternalId(row.externalId());
        if (existing.isEmpty()) {
            existing = components.findByPath(row.path());
        }
        Component parent = row.path().depth() == 1 ? null : parentOf(row.path());
        if (existing.isEmpty()) {
            components.add(current.place(details, parent, now));
            return Outcome.CREATED;
        }
        Component stored = existing.get();
        Component changed = rules.reshape(current, stored, details, parent, now);
        if (changed == stored) {
            return Outcome.UNCHANGED;
        }
        components.update(changed);
        return Outcome.UPDATED;
    }

    private Component parentOf(ComponentPath path) {
        ComponentPath parentPath = new ComponentPath(path.names().subList(0, path.depth() - 1));
        return components.findByPath(parentPath).orElseThrow(() -> new DomainException.InvalidInput("path", path,
                "its parent %s does not exist; add it first (an earlier row will do)".formatted(parentPath)));
    }

    private static ImportReport.RowFailure failureOf(ComponentRow row, DomainException failure) {
        return switch (failure) {
            case DomainException.InvalidInput invalid -> new ImportReport.RowFailure(row.line(), invalid.field(), invalid.value(), invalid.getMessage());
            case DomainException.NotFound notFound -> new ImportReport.RowFailure(row.line(), null, notFound.id(), notFound.getMessage());
            case DomainException.Conflict conflict -> new ImportReport.RowFailure(row.line(), null, row.path().toString(), conflict.getMessage());
            case DomainException.Forbidden forbidden -> new ImportReport.RowFailure(row.line(), null, null, forbidden.getMessage());
            case DomainException.StorageFull full -> new ImportReport.RowFailure(row.line(), null, null, full.getMessage());
        };
    }
}
