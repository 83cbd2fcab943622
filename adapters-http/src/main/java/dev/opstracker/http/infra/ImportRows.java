package dev.opstracker.http.infra;

import dev.opstracker.application.infra.ComponentRow;
import dev.opstracker.application.infra.ImportReport;
import dev.opstracker.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of a bulk request as read so far: those that parsed, in order, and a failure for each
 * that did not. A row that does not parse is reported like a row the import refuses.
 */
final class ImportRows {

    private final int maxRows;
    private final String counted;
    private final List<ComponentRow> rows = new ArrayList<>();
    private final List<ImportReport.RowFailure> failures = new ArrayList<>();
    private int read;

    /** @param counted the field named when there are more than {@code maxRows} rows */
    ImportRows(int maxRows, String counted) {
        this.maxRows = maxRows;
        this.counted = counted;
    }

    /** Counts one more row before it is parsed; refuses the whole request past the limit, before anything is applied. */
    void count() {
        read++;
        if (read > maxRows) {
            throw new DomainException.InvalidInput(counted, "more than " + maxRows + " rows",
                    "a bulk request holds at most %d components; split it into several requests".formatted(maxRows));
        }
    }

    void add(ComponentRow row) {
        rows.add(row);
    }

    void fail(int line, String field, String value, String message) {
        failures.add(new ImportReport.RowFailure(line, field, value, message));
    }

    void fail(int line, DomainException.InvalidInput invalid) {
        fail(line, invalid.field(), invalid.value(), invalid.getMessage());
    }

    List<ComponentRow> rows() {
        return rows;
    }

    /** What the import did to the parsed rows, with the rows that did not parse among its failures, by line. */
    ImportReport merge(ImportReport applied) {
        List<ImportReport.RowFailure> all = new ArrayList<>(failures);
        all.addAll(applied.failures());
        all.sort(Comparator.comparingInt(ImportReport.RowFailure::line));
        return new ImportReport(applied.created(), applied.updated(), applied.unchanged(), all);
    }
}
