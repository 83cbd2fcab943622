package dev.opstracker.http;

import static java.util.Objects.requireNonNull;

/**
 * Tells {@code GET /health} whether the database answers, so the HTTP adapter reports it
 * without depending on the persistence adapter. Implementations should answer quickly and
 * report an unreachable database rather than throw.
 */
@FunctionalInterface
public interface HealthProbe {

    /** Checks the database now. */
    DatabaseHealth check();

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
