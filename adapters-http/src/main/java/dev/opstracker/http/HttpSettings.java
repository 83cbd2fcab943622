package dev.opstracker.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the API server listens.
 *
 * @param host            the interface to bind, such as {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port            the TCP port; 0 picks a free one (see {@link ApiServer#start()})
 * @param maxRequestBytes the largest request body accepted; larger ones get 413
 * @param version         the application version reported by {@code GET /health}
 * @param stopTimeout     how long {@link ApiServer#close()} waits for in-flight requests to finish
 */
public record HttpSettings(String host, int port, long maxRequestBytes, String version, Duration stopTimeout) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

    public HttpSettings {
        requireNonNull(host, "host is null");
        requireNonNull(version, "version is null");
        requireNonNull(stopTimeout, "stopTimeout is null");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port %d is outside 0..65535".formatted(port));
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes %d is below 1".formatted(maxRequestBytes));
        }
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("stopTimeout %s is negative".formatted(stopTimeout));
        }
    }

    /** Loopback on port 8080, 1 MiB bodies, ten seconds to drain on stop. */
    public static HttpSettings defaults(String version) {
        return new HttpSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES, version, DEFAULT_STOP_TIMEOUT);
    }

    public HttpSettings withHost(String value) {
        return new HttpSettings(value, port, maxRequestBytes, version, stopTimeout);
    }

    public HttpSettings withPort(int value) {
        return new HttpSettings(host, value, maxRequestBytes, version, stopTimeout);
    }

    public HttpSettings withMaxRequestBytes(long value) {
        return new HttpSettings(host, port, value, version, stopTimeout);
    }

    public HttpSettings withStopTimeout(Duration value) {
        return new HttpSettings(host, port, maxRequestBytes, version, value);
    }
}
