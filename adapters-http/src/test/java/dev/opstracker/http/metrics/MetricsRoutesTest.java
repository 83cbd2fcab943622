package dev.opstracker.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.http.ApiReply;
import dev.opstracker.http.RunningApi;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsRoutesTest {

    private static final String REQUESTS = "opstracker_http_requests_seconds_count";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private RunningApi api;

    @AfterEach
    void stop() {
        api.close();
    }

    private RunningApi start(boolean unauthenticated) {
        api = RunningApi.startWithMetrics(new MetricsEndpoint(registry, unauthenticated));
        return api;
    }

    private Scrape scrape() {
        ApiReply reply = api.get("/metrics").bearer(api.issue(Scope.METRICS_READ)).send();
        assertThat(reply.status()).isEqualTo(200);
        return Scrape.parse(reply.body());
    }

    @Test
    void metricsAreServedInThePrometheusTextFormatToATokenWithMetricsRead() {
        start(false);
        api.get("/health").send();

        ApiReply reply = api.get("/metrics").bearer(api.issue(Scope.METRICS_READ)).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(reply.body()).contains("# TYPE opstracker_http_requests_seconds histogram");
    }

    @Test
    void requestsAreCountedByDeclaredRouteMethodAndStatusClassNeverByTheirPath() {
        start(false);
        long id = api.tasks().create(TaskDetails.titled("Rotate TLS cert")).id().value();

        api.get("/api/v1/tasks/" + id).send();
        api.get("/api/v1/tasks/" + id).send();
        api.get("/api/v1/tasks/424242").send();
        api.get("/api/v1/no-such-route/secret-token-value").send();

        Scrape scrape = scrape();
        assertThat(scrape.value(REQUESTS, Map.of("method", "GET", "route", "/api/v1/tasks/{id}", "status", "2xx"))).isEqualTo(2.0);
        assertThat(scrape.value(REQUESTS, Map.of("method", "GET", "route", "/api/v1/tasks/{id}", "status", "4xx"))).isEqualTo(1.0);
        assertThat(scrape.value(REQUESTS, Map.of("method", "GET", "route", RequestMetrics.UNMATCHED, "status", "4xx"))).isEqualTo(1.0);
        assertThat(scrape.samples()).map(sample -> sample.labels().get("route")).filteredOn(route -> route != null)
                .allMatch(route -> route.equals(RequestMetrics.UNMATCHED) || route.startsWith("/") && !route.contains("secret-token-value")
                        && !route.matches(".*/\\d+.*"));
    }

    @Test
    void requestLatenciesHaveHistogramBucketsUpToTenSeconds() {
        start(false);
        api.get("/health").send();

        Scrape scrape = scrape();

        Map<String, String> health = Map.of("route", "/health", "method", "GET", "status", "2xx");
        assertThat(scrape.value("opstracker_http_requests_seconds_bucket", Map.of("route", "/health", "le", "10.0"))).isEqualTo(1.0);
        assertThat(scrape.value("opstracker_http_requests_seconds_bucket", Map.of("route", "/health", "le", "+Inf"))).isEqualTo(1.0);
        assertThat(scrape.value("opstracker_http_requests_seconds_sum", health)).isPositive();
    }

    @Test
    void aRequestRefusedForItsTokenIsCountedUnderItsRoute() {
        start(false);

        api.get("/api/v1/tasks").bearer(null).send();
        api.get("/api/v1/tasks").bearer(api.issue(Scope.TIME_READ)).send();

        Scrape scrape = scrape();
        assertThat(scrape.value(REQUESTS, Map.of("method", "GET", "route", "/api/v1/tasks", "status", "4xx"))).isEqualTo(2.0);
    }

    @Test
    void scrapingWithoutATokenIsRefusedWith401() {
        start(false);

        ApiReply reply = api.get("/metrics").bearer(null).send();

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void scrapingWithATokenLackingMetricsReadIsRefusedWith403() {
        start(false);

        ApiReply reply = api.get("/metrics").bearer(api.issue(Scope.TASKS_WRITE, Scope.ALERTS_READ)).send();

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("metrics:read").doesNotContain("opstracker_http");
    }

    @Test
    void anAdminTokenMayScrape() {
        start(false);

        assertThat(api.get("/metrics").bearer(api.issue(Scope.ADMIN)).send().status()).isEqualTo(200);
    }

    @Test
    void scrapingNeedsNoTokenWhenTheEndpointIsDeclaredUnauthenticated() {
        start(true);
        api.get("/health").send();

        ApiReply reply = api.get("/metrics").bearer(null).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("opstracker_http_requests_seconds");
    }

    @Test
    void anUnauthenticatedMetricsEndpointLeavesTheApiGuarded() {
        start(true);

        assertThat(api.get("/api/v1/tasks").bearer(null).send().status()).isEqualTo(401);
    }
}
