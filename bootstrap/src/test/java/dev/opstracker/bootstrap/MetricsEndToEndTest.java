package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole server over embedded H2: what a Prometheus scrape of {@code /metrics} shows after tasks, alerts and timers went through the API. */
class MetricsEndToEndTest {

    private static final String GENERIC = "/api/v1/alerts/generic";
    private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");

    @TempDir
    static Path dataDirectory;
    private static RunningServer server;
    private static ApiClient api;

    @BeforeAll
    static void startServer() throws IOException {
        server = RunningServer.start(Settings.embedded(dataDirectory).withPort(0));
        api = new ApiClient(server.port(), Files.readString(dataDirectory.resolve("admin.token")).strip());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aScrapeShowsTasksAlertsDeadLettersTimersRequestsThePoolAndTheDisk() {
        String location = api.post("/api/v1/tasks", "{\"title\":\"Rotate TLS cert\"}").header("Location");
        assertThat(api.post(location + "/status", "{\"status\":\"done\"}").status()).isEqualTo(200);
        String fired = "{\"title\":\"Disk full on db-1\",\"dedup_key\":\"disk-db-1\",\"status\":\"firing\"}";
        assertThat(api.post(GENERIC, fired).status()).isEqualTo(200);
        assertThat(api.post(GENERIC, fired).status()).isEqualTo(200);
        assertThat(api.post(GENERIC, fired.replace("}", ",\"description\":\"96% used\"}")).status()).isEqualTo(200);
        String resolved = "{\"title\":\"Disk full on db-1\",\"dedup_key\":\"disk-db-1\",\"status\":\"resolved\"}";
        assertThat(api.post(GENERIC, resolved).status()).isEqualTo(200);
        // The sender's repeat of the resolution closes nothing again.
        assertThat(api.post(GENERIC, resolved).status()).isEqualTo(200);
        assertThat(api.post(GENERIC, "{\"title\": 42, \"dedup_key\": ").status()).isEqualTo(400);
        long task = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(api.post("/api/v1/time/start", "{\"taskId\":%d,\"zone\":\"UTC\"}".formatted(task)).status()).isBetween(200, 201);

        List<Sample> scrape = scrape();

        assertThat(value(scrape, "opstracker_tasks_opened_total", Map.of("by", "user"))).isEqualTo(1.0);
        assertThat(value(scrape, "opstracker_tasks_opened_total", Map.of("by", "alert"))).isEqualTo(1.0);
        assertThat(value(scrape, "opstracker_tasks_closed_total", Map.of("status", "done", "by", "user"))).isEqualTo(1.0);
        assertThat(value(scrape, "opstracker_tasks_closed_total", Map.of("status", "done", "by", "alert"))).isEqualTo(1.0);
        assertThat(value(scrape, "opstracker_tasks_closed_total", Map.of("status", "cancelled", "by", "user"))).isEqualTo(0.0);
        assertThat(value(scrape, "opstracker_tasks_closed_total", Map.of("status", "cancelled", "by", "alert"))).isEqualTo(0.0);
        assertThat(value(scrape, "opstracker_alerts_received_total", Map.of("source", "generic", "outcome", "opened"))).isEqualTo(1.0);
        assertThat(value(scrape, "opstracker_alerts_received_total", Map.of("source", "generic", "outcome", "duplicate"))).isEqualTo(2.0);
        assertThat(value(scrape, "opstracker_alerts_received_total", Map.of("source", "generic", "outcome", "folded"))).isEqualTo(1.0);
        assertThat(value(scrape, "opstracker_alerts_received_total", Map.of("source", "generic", "outcome", "resolved"))).isEqualTo(1.0);
        assertThat(value(scrape, "opstracker_alerts_dead_lettered_total", Map.of("source", "generic"))).isEqualTo(1.0);
        assertThat(value(scrape, "opstracker_alerts_dead_lettered_total", Map.of("source", "alertmanager"))).isEqualTo(0.0);
        assertThat(value(scrape, "opstracker_timers_running", Map.of())).isEqualTo(1.0);
        assertThat(value(scrape, "opstracker_command_output_stored_bytes", Map.of())).isEqualTo(0.0);
        assertThat(value(scrape, "opstracker_http_requests_seconds_count", Map.of("route", GENERIC, "method", "POST",
                "status", "2xx"))).isEqualTo(5.0);
        assertThat(value(scrape, "opstracker_http_requests_seconds_count", Map.of("route", GENERIC, "method", "POST",
                "status", "4xx"))).isEqualTo(1.0);
        assertThat(value(scrape, "hikaricp_connections_max", Map.of("pool", "opstracker-h2"))).isPositive();
        assertThat(value(scrape, "hikaricp_connections_active", Map.of("pool", "opstracker-h2"))).isGreaterThanOrEqualTo(0.0);
        assertThat(value(scrape, "opstracker_disk_usable_bytes", Map.of())).isPositive();
        assertThat(value(scrape, "opstracker_disk_total_bytes", Map.of())).isGreaterThanOrEqualTo(value(scrape, "opstracker_disk_usable_bytes", Map.of()));
        assertThat(value(scrape, "jvm_memory_used_bytes", Map.of("area", "heap", "id", "G1 Eden Space"))).isNotNegative();
    }

    @Test
    void metricsNeedATokenUnlessTheOperatorOpensThem() {
        assertThat(new ApiClient(server.port(), null).get("/metrics").status()).isEqualTo(401);
    }

    private static List<Sample> scrape() {
        ApiClient.Reply reply = api.get("/metrics");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        return reply.response().body().lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(MetricsEndToEndTest::sample).toList();
    }

    private record Sample(String name, String labels, double value) {

        boolean has(Map<String, String> wanted) {
            return wanted.entrySet().stream().allMatch(label -> labels.contains(label.getKey() + "=\"" + label.getValue() + "\""));
        }
    }

    private static Sample sample(String line) {
        Matcher matcher = LINE.matcher(line);
        assertThat(matcher.matches()).as("a sample line: %s", line).isTrue();
        return new Sample(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2), Double.parseDouble(matcher.group(3)));
    }

    private static double value(List<Sample> scrape, String name, Map<String, String> labels) {
        List<Sample> found = scrape.stream().filter(sample -> sample.name().equals(name) && sample.has(labels)).toList();
        assertThat(found).as("samples %s%s", name, labels).hasSize(1);
        return found.getFirst().value();
    }
}
