package dev.opstracker.domain.audit;

import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import java.time.Instant;

/**
 * Where the audit log is kept: only ever appended to, never changed. Safe for concurrent use.
 */
public interface AuditStore {

    /** Appends an unsaved entry and returns it with its identity (ascending in the order of appending, never reused). */
    AuditEntry append(AuditEntry entry);

    /**
     * Entries recorded at or after {@code since} (every entry when null), newest first (by identity),
     * one page at a time; the cursor is the identity of the last entry read.
     */
    Page<AuditEntry> list(Instant since, PageRequest page);
}
