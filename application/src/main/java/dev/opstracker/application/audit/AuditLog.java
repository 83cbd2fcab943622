package dev.opstracker.application.audit;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.audit.AuditEntry;
import dev.opstracker.domain.audit.AuditStore;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/**
 * The administrative audit log: token created or revoked, alert rules changed, data exported, runbook
 * restored; who, what, when. The services that do these things record them here; callers read it
 * back newest first. A recording that fails fails the action's call (the action itself may have
 * happened: an export records before it writes a byte, so no data leaves unrecorded).
 */
public final class AuditLog {

    private final AuditStore store;
    private final InstantSource clock;

    @Inject
    public AuditLog(AuditStore store, InstantSource clock) {
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Records that {@code actor} did {@code action} to {@code target} now. The detail must hold no
     * secret and no exported data: names, counts and filters only.
     */
    public AuditEntry record(Actor actor, AuditAction action, String target, String detail) {
        // Stores keep instants to the microsecond, so the log never holds finer ones.
        return store.append(AuditEntry.unsaved(clock.instant().truncatedTo(ChronoUnit.MICROS), actor, action, target, detail));
    }

    /** Entries recorded at or after {@code since} (all when null), newest first, a page at a time. */
    public Page<AuditEntry> list(Instant since, PageRequest page) {
        return store.list(since, requireNonNull(page, "page is null"));
    }
}
