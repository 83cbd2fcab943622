package dev.opstracker.application.infra;

import dev.opstracker.domain.shared.DomainException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What became of each row of one bulk upsert, for its {@link ImportReport}. */
final class ImportTally {

    private enum Outcome { CREATED, UPDATED, UNCHANGED, FAILED }

    private final List<ComponentRow> rows;
    private final Outcome[] outcomes;
    private final Map<Integer, ImportReport.RowFailure> failures = new TreeMap<>();

    ImportTally(List<ComponentRow> rows) {
        this.rows = rows;
        this.outcomes = new Outcome[rows.size()];
    }

    List<ComponentRow> rows() {
        return rows;
    }

    void created(int index) {
        outcomes[index] = Outcome.CREATED;
    }

    void updated(int index) {
        outcomes[index] = Outcome.UPDATED;
    }

    void unchanged(int index) {
        outcomes[index] = Outcome.UNCHANGED;
    }

    void failed(int index, DomainException failure) {
        outcomes[index] = Outcome.FAILED;
        failures.put(index, failureOf(rows.get(index), failure));
    }

    ImportReport report() {
        int[] counts = new int[Outcome.values().length];
        for (Outcome outcome : outcomes) {
            if (outcome != null) {
                counts[outcome.ordinal()]++;
            }
        }
        return new ImportReport(counts[Outcome.CREATED.ordinal()], counts[Outcome.UPDATED.ordinal()], counts[Outcome.UNCHANGED.ordinal()],
                List.copyOf(failures.values()));
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
