package dev.opstracker.persistence;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the connection pool behaves when the database is slow or gone.
 *
 * @param maximumSize       the most connections open at once: the real limit on concurrent requests
 * @param connectionTimeout how long a request waits for a connection before it fails (answered 503 over
 *                          HTTP); while the database is unreachable every request waits this long, so it is
 *                          short. At least 250 ms, HikariCP's floor
 */
public record PoolSettings(int maximumSize, Duration connectionTimeout) {

    private static final Duration SHORTEST_TIMEOUT = Duration.ofMillis(250);
    private static final Duration LONGEST_VALIDATION = Duration.ofSeconds(1);
    /** Declared after the bounds its construction checks against. */
    public static final PoolSettings DEFAULT = new PoolSettings(10, Duration.ofSeconds(2));

    public PoolSettings {
        if (maximumSize < 1 || maximumSize > 1_000) {
            throw new IllegalArgumentException("maximumSize %d is not between 1 and 1000".formatted(maximumSize));
        }
        requireNonNull(connectionTimeout, "connectionTimeout is null");
        if (connectionTimeout.compareTo(SHORTEST_TIMEOUT) < 0) {
            throw new IllegalArgumentException("connectionTimeout %s is shorter than %s".formatted(connectionTimeout, SHORTEST_TIMEOUT));
        }
    }

    /**
     * How long checking an idle connection before handing it out may take: half the connection timeout, at
     * most a second, so that a dead connection found on the way leaves time to open another.
     */
    Duration validationTimeout() {
        Duration half = connectionTimeout.dividedBy(2);
        Duration bounded = half.compareTo(LONGEST_VALIDATION) > 0 ? LONGEST_VALIDATION : half;
        return bounded.compareTo(SHORTEST_TIMEOUT) < 0 ? SHORTEST_TIMEOUT : bounded;
    }
}
