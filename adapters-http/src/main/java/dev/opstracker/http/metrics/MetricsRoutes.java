package dev.opstracker.http.metrics;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** {@code GET /metrics}: every meter in the Prometheus text exposition format 0.0.4. */
public final class MetricsRoutes {

    /** What Prometheus expects of a text format 0.0.4 target; a blank type makes recent servers refuse the scrape. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    public MetricsRoutes(PrometheusMeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry is null");
    }

    public void scrape(Context ctx) {
        String text = registry.scrape(CONTENT_TYPE);
        ctx.contentType(CONTENT_TYPE).result(text);
    }
}
