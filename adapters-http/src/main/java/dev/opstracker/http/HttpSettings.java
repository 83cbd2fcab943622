package dev.opstracker.http;

import static java.util.Objects.requireNonNull;

import dev.opstracker.http.limit.BodyLimits;
import dev.opstracker.http.limit.ConnectionLimits;
import dev.opstracker.http.limit.RateLimits;
import java.time.Duration;

/**
 * How the API server listens, and what it lets a client do.
 *
 * @param host             the interface to bind, such as {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port             the TCP port; 0 picks a free one (see {@link ApiServer#start()})
 * @param bodyLimits       the largest request body per class of route; larger ones get 413
 * @param version          the application version reported by {@code GET /health}
 * @param stopTimeout      how long {@link ApiServer#close()} waits for in-flight requests to finish
 * @param rateLimits       how many requests a token may send (429 past it; 503 for alert webhooks)
 * @param connectionLimits idle, header and slow-body timeouts and the header size limit
 */
public record HttpSettings(String host, int port, BodyLimits bodyLimits, String version, Duration stopTimeout, RateLimits rateLimits,
        ConnectionLimits connectionLimits) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** The JSON API's limit; alert webhooks, imports and uploads have limits of their own ({@link BodyLimits}). */
    public static final long DEFAULT_MAX_REQUEST_BYTES = BodyLimits.DEFAULT_API;
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

    public HttpSettings {
        requireNonNull(host, "host is null");
        requireNonNull(version, "version is null");
        requireNonNull(stopTimeout, "stopTimeout is null");
        requireNonNull(bodyLimits, "bodyLimits is null");
        requireNonNull(rateLimits, "rateLimits is null");
        requireNonNull(connectionLimits, "connectionLimits is null");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port %d is outside 0..65535".formatted(port));
        }
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("stopTimeout %s is negative".formatted(stopTimeout));
        }
    }

    /** Loopback on port 8080, the default limits, ten seconds to drain on stop. */
    public static HttpSettings defaults(String version) {
        return new HttpSettings(DEFAULT_HOST, DEFAULT_PORT, BodyLimits.DEFAULT, version, DEFAULT_STOP_TIMEOUT, RateLimits.DEFAULT,
                ConnectionLimits.DEFAULT);
    }

    /** The largest JSON API request body: the limit of every route without one of its own. */
    public long maxRequestBytes() {
        return bodyLimits.api();
    }

    public HttpSettings withHost(String value) {
        return new HttpSettings(value, port, bodyLimits, version, stopTimeout, rateLimits, connectionLimits);
    }

    public HttpSettings withPort(int value) {
        return new HttpSettings(host, value, bodyLimits, version, stopTimeout, rateLimits, connectionLimits);
    }

    /** Sets the JSON API's body limit. */
    public HttpSettings withMaxRequestBytes(long value) {
        if (value < 1) {
            throw new IllegalArgumentException("maxRequestBytes %d is below 1".formatted(value));
        }
        return withBodyLimits(bodyLimits.withApi(value));
    }

    public HttpSettings withBodyLimits(BodyLimits value) {
        return new HttpSettings(host, port, value, version, stopTimeout, rateLimits, connectionLimits);
    }

    public HttpSettings withStopTimeout(Duration value) {
        return new HttpSettings(host, port, bodyLimits, version, value, rateLimits, connectionLimits);
    }

    public HttpSettings withRateLimits(RateLimits value) {
        return new HttpSettings(host, port, bodyLimits, version, stopTimeout, value, connectionLimits);
    }

    public HttpSettings withConnectionLimits(ConnectionLimits value) {
        return new HttpSettings(host, port, bodyLimits, version, stopTimeout, rateLimits, value);
    }
}
