package dev.opstracker.http;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.storage.StorageCondition;
import dev.opstracker.domain.storage.StorageThresholds;
import java.util.List;

/**
 * Tells {@code GET /health} whether the database answers and how full the local volumes are, so
 * the HTTP adapter reports them without depending on the persistence adapter. Implementations
 * should answer quickly and report an unreachable database rather than throw.
 */
@FunctionalInterface
public interface HealthProbe {

    /** Checks the database now. */
    DatabaseHealth check();

    /** How full the local volumes are, from a recent measurement; by default none is watched. */
    default StorageCondition storage() {
        return StorageCondition.of(List.of(), StorageThresholds.DEFAULT);
    }

    /**
     * What a probe found.
     *
     * @param kind      the database kind shown to callers, such as {@code h2} or {@code mariadb}
     * @param reachable whether it answered
     */
    record DatabaseHealth(String kind, boolean reachable) {

        public DatabaseHealth {
            requireNonNull(kind, "kind is null");
        }
    }
}
