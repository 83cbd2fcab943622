package dev.opstracker.http.metrics;

import static java.util.Objects.requireNonNull;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * What {@code GET /metrics} shows and who may read it.
 *
 * @param registry        the meters to show, where the server also records its request timings
 * @param unauthenticated whether anyone who reaches the port may scrape; otherwise a bearer token with
 *                        {@code metrics:read} (or {@code admin}) is needed
 */
public record MetricsEndpoint(PrometheusMeterRegistry registry, boolean unauthenticated) {

    public MetricsEndpoint {
        requireNonNull(registry, "registry is null");
    }

    /** Scraped with a token holding {@code metrics:read}. */
    public static MetricsEndpoint guarded(PrometheusMeterRegistry registry) {
        return new MetricsEndpoint(registry, false);
    }

    /** A registry of its own holding only the server's request timings, scraped with a token. */
    public static MetricsEndpoint standalone() {
        return guarded(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }
}
