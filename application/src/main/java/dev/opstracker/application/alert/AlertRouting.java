package dev.opstracker.application.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.domain.alert.AlertRule;
import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.AlertRulesStore;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.audit.AuditEntry;
import dev.opstracker.domain.audit.AuditStore;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The rules alert intake follows: read from their store, and kept for {@link #REFRESH} so that a
 * storm does not read them once per delivery. A replace on this node is seen at once; one made on
 * another node sharing the database within {@link #REFRESH}. Replacing them is recorded in the audit log.
 * Past the critical storage level replacing the rules is refused ({@link StorageWatch}); intake keeps
 * applying the stored ones.
 */
public final class AlertRouting {

    public static final Duration REFRESH = Duration.ofSeconds(2);

    private final AlertRulesStore store;
    private final AuditLog audit;
    private final InstantSource clock;
    private final StorageWatch storage;
    private volatile Cached cached;

    /** Routing that does not watch storage. */
    public AlertRouting(AlertRulesStore store, AuditLog audit, InstantSource clock) {
        this(store, audit, clock, StorageWatch.unwatched());
    }

    @Inject
    public AlertRouting(AlertRulesStore store, AuditLog audit, InstantSource clock, StorageWatch storage) {
        this.store = requireNonNull(store, "store is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.storage = requireNonNull(storage, "storage is null");
    }

    /** Routing by rules that never change, for embedding and tests. */
    public static AlertRouting fixed(AlertRules rules) {
        requireNonNull(rules, "rules is null");
        return new AlertRouting(new AlertRulesStore() {
            @Override
            public Versioned current() {
                return new Versioned(rules, 0);
            }

            @Override
            public Versioned replace(AlertRules ignored, OptionalLong expectedVersion) {
                throw new DomainException.Forbidden("replace alert rules", "these alert rules are fixed by the program embedding OpsTracker");
            }
        }, new AuditLog(NOTHING_TO_AUDIT, InstantSource.system()), InstantSource.system());
    }

    /** The audit store of fixed rules, which are never replaced and so never audited. */
    private static final AuditStore NOTHING_TO_AUDIT = new AuditStore() {
        @Override
        public AuditEntry append(AuditEntry entry) {
            throw new IllegalStateException("fixed alert rules are never replaced");
        }

        @Override
        public Page<AuditEntry> list(Instant since, PageRequest page) {
            return new Page<>(List.of(), null, 0);
        }
    };

    /** The stored rules and their version, read now. */
    public AlertRulesStore.Versioned current() {
        AlertRulesStore.Versioned read = store.current();
        cached = new Cached(read.rules(), clock.instant());
        return read;
    }

    /** As {@link #replace(Actor, AlertRules, OptionalLong)}, by the {@linkplain Actor#LIBRARY library}. */
    public AlertRulesStore.Versioned replace(AlertRules rules, OptionalLong expectedVersion) {
        return replace(Actor.LIBRARY, rules, expectedVersion);
    }

    /**
     * Replaces the rules; {@code expectedVersion} guards against overwriting a change made meanwhile.
     * Recorded in the audit log as changed by {@code actor}, with the new version and the rules' names.
     */
    public AlertRulesStore.Versioned replace(Actor actor, AlertRules rules, OptionalLong expectedVersion) {
        requireNonNull(actor, "actor is null");
        storage.requireRoomToWrite();
        AlertRulesStore.Versioned stored = store.replace(requireNonNull(rules, "rules is null"), requireNonNull(expectedVersion, "expectedVersion is null"));
        cached = new Cached(stored.rules(), clock.instant());
        audit.record(actor, AuditAction.ALERT_RULES_CHANGED, "alert rules", "version %d: %d rules (%s) and the default route"
                .formatted(stored.version(), rules.rules().size(), rules.rules().stream().map(AlertRule::name).collect(Collectors.joining(", "))));
        return stored;
    }

    /** The rules to apply now: the kept ones while fresh. */
    AlertRules rules() {
        Cached now = cached;
        if (now == null || now.readAt().plus(REFRESH).isBefore(clock.instant())) {
            return current().rules();
        }
        return now.rules();
    }

    private record Cached(AlertRules rules, Instant readAt) {
    }
}
