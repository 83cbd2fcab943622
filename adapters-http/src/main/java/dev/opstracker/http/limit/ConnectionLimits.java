package dev.opstracker.http.limit;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How long and how slowly a client may hold a connection.
 *
 * @param idleTimeout              a connection with no bytes in either direction for this long is closed (also an idle
 *                                 keep-alive connection)
 * @param headerTimeout            a request's line and headers must arrive whole within this long of their first byte,
 *                                 however steadily they trickle in (the slowloris attack)
 * @param minimumBodyBytesPerSecond a request body arriving slower than this on average is cut off with 408
 * @param maxHeaderBytes           the largest request line and headers together; larger ones are answered 431
 */
public record ConnectionLimits(Duration idleTimeout, Duration headerTimeout, long minimumBodyBytesPerSecond, int maxHeaderBytes) {

    public static final ConnectionLimits DEFAULT = new ConnectionLimits(Duration.ofSeconds(30), Duration.ofSeconds(10), 1_024, 8 * 1024);

    public ConnectionLimits {
        positive("idleTimeout", requireNonNull(idleTimeout, "idleTimeout is null"));
        positive("headerTimeout", requireNonNull(headerTimeout, "headerTimeout is null"));
        if (minimumBodyBytesPerSecond < 0) {
            throw new IllegalArgumentException("minimumBodyBytesPerSecond %d is negative".formatted(minimumBodyBytesPerSecond));
        }
        if (maxHeaderBytes < 1_024) {
            throw new IllegalArgumentException("maxHeaderBytes %d is below 1024".formatted(maxHeaderBytes));
        }
    }

    public ConnectionLimits withIdleTimeout(Duration value) {
        return new ConnectionLimits(value, headerTimeout, minimumBodyBytesPerSecond, maxHeaderBytes);
    }

    public ConnectionLimits withHeaderTimeout(Duration value) {
        return new ConnectionLimits(idleTimeout, value, minimumBodyBytesPerSecond, maxHeaderBytes);
    }

    public ConnectionLimits withMinimumBodyBytesPerSecond(long value) {
        return new ConnectionLimits(idleTimeout, headerTimeout, value, maxHeaderBytes);
    }

    public ConnectionLimits withMaxHeaderBytes(int value) {
        return new ConnectionLimits(idleTimeout, headerTimeout, minimumBodyBytesPerSecond, value);
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("%s %s is not positive".formatted(name, value));
        }
    }
}
