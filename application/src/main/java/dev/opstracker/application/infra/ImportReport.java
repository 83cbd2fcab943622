package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What a bulk upsert did: counts per outcome, and why each failed row failed. */
public record ImportReport(int created, int updated, int unchanged, List<RowFailure> failures) {

    public ImportReport {
        failures = List.copyOf(requireNonNull(failures, "failures is null"));
    }

    public int failed() {
        return failures.size();
    }

    /**
     * One row that was not applied; the other rows were.
     *
     * @param field the offending field when known, else null
     */
    public record RowFailure(int line, String field, String value, String message) {
    }
}
