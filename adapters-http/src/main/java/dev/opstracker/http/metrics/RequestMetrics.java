package dev.opstracker.http.metrics;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times every request as {@value #NAME}, tagged with the route <em>as declared</em> ({@code /api/v1/tasks/{id}}),
 * never the path asked for: a path may hold ids or a secret, and one series per id would swamp Prometheus. A request
 * that matched no route is tagged {@value #UNMATCHED}. The status is tagged by its class ({@code 2xx} ... {@code 5xx}).
 */
public final class RequestMetrics implements RequestLogger {

    public static final String NAME = "opstracker.http.requests";
    public static final String UNMATCHED = "unmatched";
    /** Bucket bounds for the latency histogram: few enough to keep one series per route small, wide enough for exports. */
    private static final List<Duration> BUCKETS = List.of(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10));

    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry is null");
    }

    @Override
    public void handle(Context ctx, Float executionMillis) {
        Timer.builder(NAME)
                .description("HTTP requests by declared route, method and status class")
                .tag("method", ctx.method().name())
                .tag("route", route(ctx))
                .tag("status", ctx.statusCode() / 100 + "xx")
                .serviceLevelObjectives(BUCKETS.toArray(Duration[]::new))
                .register(registry)
                .record((long) (executionMillis * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    /** The declared path of the HTTP endpoint the request matched, even when a filter refused it before the endpoint ran. */
    static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? UNMATCHED : matched.path;
    }
}
