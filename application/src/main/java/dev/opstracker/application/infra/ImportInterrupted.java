package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

/**
 * A bulk upsert stopped by a failure that is not about any row (the database gone, a bug). The
 * rows it had applied stay applied and {@link #report()} says which; importing the same rows
 * again applies the rest, since an upsert is idempotent.
 */
public final class ImportInterrupted extends RuntimeException {

    private final transient ImportReport report;

    ImportInterrupted(ImportReport report, RuntimeException cause) {
        super("the component import stopped after applying %d rows (%d failed before it stopped): %s"
                .formatted(report.created() + report.updated() + report.unchanged(), report.failed(), cause.getClass().getName()), cause);
        this.report = requireNonNull(report, "report is null");
    }

    /** What the import did before it stopped; rows it did not reach are not in it. */
    public ImportReport report() {
        return report;
    }
}
