package dev.opstracker.persistence.runbook;

import dev.opstracker.domain.runbook.Runbook;
import dev.opstracker.domain.runbook.StoredRunbook;
import dev.opstracker.persistence.jooq.tables.records.RunbookRecord;
import dev.opstracker.persistence.jooq.tables.records.RunbookScopeRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Runbooks to and from their rows in {@code runbook} and {@code runbook_scope} (see V16). */
final class RunbookRows {

    /** The {@code scope_kind} of an alert name. */
    static final String ALERT = "alert";
    /** The {@code scope_kind} of a component kind. */
    static final String KIND = "kind";
    /** The {@code scope_kind} of a tag, whose value is in {@code scope_value}. */
    static final String TAG = "tag";
    /** The {@code scope_value} of alert names and component kinds, which have none. */
    static final String NO_VALUE = "";

    private RunbookRows() {
    }

    /** The runbook's row with no uses counted yet. */
    static RunbookRecord toRecord(Runbook runbook, int version, String document, Instant createdAt, Instant updatedAt) {
        RunbookRecord row = new RunbookRecord();
        row.setSlug(runbook.slug().value());
        row.setTitle(runbook.title());
        row.setCurrentVersion(version);
        row.setDocument(document);
        row.setTimesUsed(0L);
        row.setTimesResolved(0L);
        row.setCreatedAt(createdAt);
        row.setUpdatedAt(updatedAt);
        return row;
    }

    /** One row per alert name, component kind and tag of the runbook's scope. */
    static List<RunbookScopeRecord> scopeRows(Runbook runbook) {
        String slug = runbook.slug().value();
        List<RunbookScopeRecord> rows = new ArrayList<>();
        runbook.scope().alertNames().forEach(name -> rows.add(new RunbookScopeRecord(slug, ALERT, name, NO_VALUE)));
        runbook.scope().componentKinds().forEach(kind -> rows.add(new RunbookScopeRecord(slug, KIND, kind, NO_VALUE)));
        for (Map.Entry<String, String> tag : runbook.scope().tags().entrySet()) {
            rows.add(new RunbookScopeRecord(slug, TAG, tag.getKey(), tag.getValue()));
        }
        return rows;
    }

    /** The stored runbook, rebuilt from its canonical document by {@code reader}. */
    static StoredRunbook toStored(RunbookRecord row, Function<String, Runbook> reader) {
        Runbook runbook = reader.apply(row.getDocument());
        if (!runbook.slug().value().equals(row.getSlug())) {
            throw new IllegalStateException("the document of runbook %s reads as runbook %s".formatted(row.getSlug(), runbook.slug()));
        }
        return toStored(row, runbook);
    }

    static StoredRunbook toStored(RunbookRecord row, Runbook runbook) {
        return new StoredRunbook(runbook, row.getCurrentVersion(), row.getDocument(), row.getTimesUsed(), row.getTimesResolved(), row.getCreatedAt(),
                row.getUpdatedAt());
    }
}
