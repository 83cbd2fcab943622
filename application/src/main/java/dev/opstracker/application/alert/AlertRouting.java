package dev.opstracker.application.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.AlertRulesStore;
import dev.opstracker.domain.shared.DomainException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.OptionalLong;

/**
 * The rules alert intake follows: read from their store, and kept for {@link #REFRESH} so that a
 * storm does not read them once per delivery. A replace on this node is seen at once; one made on
 * another node sharing the database within {@link #REFRESH}. Past the critical storage level replacing
 * the rules is refused ({@link StorageWatch}); intake keeps applying the stored ones.
 */
public final class AlertRouting {

    public static final Duration REFRESH = Duration.ofSeconds(2);

    private final AlertRulesStore store;
    private final InstantSource clock;
    private final StorageWatch storage;
    private volatile Cached cached;

    /** Routing that does not watch storage. */
    public AlertRouting(AlertRulesStore store, InstantSource clock) {
        this(store, clock, StorageWatch.unwatched());
    }

    @Inject
    public AlertRouting(AlertRulesStore store, InstantSource clock, StorageWatch storage) {
        this.store = requireNonNull(store, "store is null");
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
        }, InstantSource.system());
    }

    /** The stored rules and their version, read now. */
    public AlertRulesStore.Versioned current() {
        AlertRulesStore.Versioned read = store.current();
        cached = new Cached(read.rules(), clock.instant());
        return read;
    }

    /** Replaces the rules; {@code expectedVersion} guards against overwriting a change made meanwhile. */
    public AlertRulesStore.Versioned replace(AlertRules rules, OptionalLong expectedVersion) {
        storage.requireRoomToWrite();
        AlertRulesStore.Versioned stored = store.replace(requireNonNull(rules, "rules is null"), requireNonNull(expectedVersion, "expectedVersion is null"));
        cached = new Cached(stored.rules(), clock.instant());
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
