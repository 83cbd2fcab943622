package dev.opstracker.bootstrap.bench;

import dev.opstracker.bootstrap.MariaDbScratchDatabase;
import dev.opstracker.bootstrap.OpsTracker;
import dev.opstracker.bootstrap.RunningServer;
import dev.opstracker.bootstrap.Settings;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskFilter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alert intake under load (issue 4, "Performance"): Alertmanager-shaped deliveries of one alert
 * each, posted by concurrent senders to a running server on H2 and, when
 * {@code OPSTRACKER_TEST_MARIADB_URL} is set, on scratch MariaDB databases; every run starts on a
 * fresh database. Every post is a new event (a fingerprint's events differ in startsAt), so each one
 * opens, joins or folds into a task and none is a duplicate. Prints throughput and latency next to
 * the targets and never fails on speed; it fails when the counts are wrong (tasks, incidents,
 * occurrences) or a post got a 5xx, since those are requirements. Run with {@code -Pbench}.
 */
@Tag("bench")
class AlertIntakeBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(AlertIntakeBenchmark.class);
    private static final String PATH = "/api/v1/alerts/alertmanager";
    private static final Instant FIRST_START = Instant.parse("2026-11-20T08:00:00Z");
    /** Its load average tells whether other work shared the cores during a run, which lowers every figure. */
    private static final OperatingSystemMXBean SYSTEM = ManagementFactory.getOperatingSystemMXBean();

    /** The issue's 200; another count (-Dbench.alertSenders) shows how latency depends on concurrency. */
    private static final int SENDERS = Integer.getInteger("bench.alertSenders", 200);
    private static final Workload WARM_UP = new Workload("warm-up (cold JIT; same shape as the next run)", SENDERS, 20_000, 500, 500);
    private static final Workload SPREAD = new Workload("500 keys under 500 grouping keys", SENDERS, 20_000, 500, 500);
    private static final Workload STORMS = new Workload("500 keys under 50 grouping keys", SENDERS, 20_000, 500, 50);
    private static final Workload OPENINGS = new Workload("seed: every alert a new key and group (floor 100 tasks/s)", 50, 2_000, 2_000, 2_000);

    private final List<String> rows = new ArrayList<>();
    private final List<String> wrong = new ArrayList<>();

    @TempDir
    Path temporary;

    @Test
    void printAlertIntakeFigures() throws Exception {
        rows.add("Targets: >= 5,000 alerts/s on H2, >= 2,000/s on MariaDB, p99 < 50 ms, zero 5xx; exact task and incident counts.");
        bareJavalin();
        measure("H2", WARM_UP, embedded("h2-warm-up"));
        for (Workload workload : List.of(SPREAD, STORMS, OPENINGS)) {
            measure("H2", workload, embedded("h2-" + rows.size()));
        }
        String mariaDb = System.getenv("OPSTRACKER_TEST_MARIADB_URL");
        if (mariaDb == null) {
            rows.add("MariaDB: skipped (OPSTRACKER_TEST_MARIADB_URL not set)");
        } else {
            for (Workload workload : List.of(SPREAD, STORMS, OPENINGS)) {
                try (MariaDbScratchDatabase scratch = new MariaDbScratchDatabase(mariaDb)) {
                    measure("MariaDB", workload, embedded("maria-" + rows.size()).withDatabase(scratch.url(), null, null));
                }
            }
        }
        String table = String.join(System.lineSeparator(), rows);
        LOG.info("Alert intake benchmark{}{}", System.lineSeparator(), table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bench-alert-intake.txt"), table + System.lineSeparator());
        if (!wrong.isEmpty()) {
            throw new AssertionError("alert intake gave wrong results under load:" + System.lineSeparator() + String.join(System.lineSeparator(), wrong));
        }
    }

    /** The same posts from the same senders to a bare Javalin route: what this machine serves with no intake at all. */
    private void bareJavalin() throws Exception {
        try (BareJavalin server = new BareJavalin(PATH)) {
            DistinctBodyLoad load = new DistinctBodyLoad(server.port(), PATH, "none");
            load.run(SPREAD.senders(), SPREAD.alerts(), SPREAD::body);
            DistinctBodyLoad.Result result = load.run(SPREAD.senders(), SPREAD.alerts(), SPREAD::body);
            rows.add(String.format(Locale.ROOT, "%-95s %,7d posts in %6.2f s = %,7.0f posts/s; p50 %6.1f ms, p99 %6.1f ms; 2xx %,d (after as many to warm up)",
                    "Yardstick: a bare Javalin JSON POST (no token, rules or database), " + SPREAD.senders() + " senders", SPREAD.alerts(),
                    result.wallNanos() / 1e9, SPREAD.alerts() / (result.wallNanos() / 1e9), result.percentileMillis(0.50), result.percentileMillis(0.99),
                    result.count(2)));
        }
    }

    private Settings embedded(String name) {
        return Settings.embedded(temporary.resolve(name)).withPort(0);
    }

    private void measure(String database, Workload workload, Settings settings) throws Exception {
        String token;
        try (OpsTracker ops = OpsTracker.open(settings)) {
            // What an Alertmanager would be given: alerts:write only. Issued first, so no admin token is made.
            token = ops.tokens().issue("bench alertmanager", Set.of(Scope.ALERTS_WRITE), null).secret();
        }
        DistinctBodyLoad.Result result;
        double loadBefore = SYSTEM.getSystemLoadAverage();
        try (RunningServer server = RunningServer.start(settings)) {
            result = new DistinctBodyLoad(server.port(), PATH, token).run(workload.senders(), workload.alerts(), workload::body);
        }
        double loadAfter = SYSTEM.getSystemLoadAverage();
        Counts counts;
        try (OpsTracker ops = OpsTracker.open(settings)) {
            counts = Counts.of(ops);
        }
        report(database, workload, result, counts, loadBefore, loadAfter);
    }

    private void report(String database, Workload workload, DistinctBodyLoad.Result result, Counts counts, double loadBefore, double loadAfter) {
        String label = "%s, %s, %d senders".formatted(database, workload.label(), workload.senders());
        List<String> problems = new ArrayList<>();
        check(problems, "tasks", counts.tasks(), workload.groups());
        check(problems, "incidents", counts.incidents(), workload.keys());
        check(problems, "distinct dedup keys", counts.dedupKeys(), workload.keys());
        check(problems, "occurrences", counts.occurrences(), workload.alerts());
        check(problems, "5xx answers", result.count(5), 0);
        check(problems, "4xx answers", result.count(4), 0);
        check(problems, "broken connections", result.count(0), 0);
        rows.add(String.format(Locale.ROOT,
                "%-95s %,7d alerts in %6.2f s = %,7.0f alerts/s; p50 %6.1f ms, p99 %6.1f ms, max %7.1f ms; 2xx %,d, 4xx %,d, 5xx %,d, broken %,d;"
                        + " %,d to %,d posts per sender; %,d tasks (%,d holding more than one alert, largest %,d), %,d incidents, %,d occurrences;"
                        + " load average %.1f before, %.1f after on %d cores%s",
                label, workload.alerts(), result.wallNanos() / 1e9, workload.alerts() / (result.wallNanos() / 1e9),
                result.percentileMillis(0.50), result.percentileMillis(0.99), result.percentileMillis(1.0),
                result.count(2), result.count(4), result.count(5), result.count(0), result.perSender()[0], result.perSender()[workload.senders() - 1],
                counts.tasks(), counts.parents(), counts.largest(), counts.incidents(), counts.occurrences(),
                loadBefore, loadAfter, SYSTEM.getAvailableProcessors(),
                problems.isEmpty() ? "" : "; WRONG: " + String.join(", ", problems)));
        result.firstFailures().forEach((status, answer) -> rows.add("    first answer with status %d: %s".formatted(status, answer)));
        if (!problems.isEmpty()) {
            wrong.add(label + ": " + String.join(", ", problems));
        }
    }

    private static void check(List<String> problems, String what, long actual, long expected) {
        if (actual != expected) {
            problems.add("%,d %s, expected %,d".formatted(actual, what, expected));
        }
    }

    /**
     * Post {@code i} is event {@code i / keys} of dedup key {@code i % keys}, so the first round opens
     * every key and later rounds fold, with a key's events in flight together. Key k belongs to
     * grouping key {@code k % groups}: alertname {@code BenchAlert<g / 10>} in {@code cluster-<g % 10>}.
     */
    record Workload(String label, int senders, int alerts, int keys, int groups) {

        String body(int index) {
            int key = index % keys;
            int group = key % groups;
            String alertname = "BenchAlert" + group / 10;
            String cluster = "cluster-" + group % 10;
            String labels = "{\"alertname\":\"%s\",\"cluster\":\"%s\",\"instance\":\"host-%d:9100\",\"severity\":\"warning\"}"
                    .formatted(alertname, cluster, key);
            String groupLabels = "{\"alertname\":\"%s\",\"cluster\":\"%s\"}".formatted(alertname, cluster);
            return """
                    {"version":"4","groupKey":"{}:{alertname=\\"%s\\", cluster=\\"%s\\"}","truncatedAlerts":0,"status":"firing",\
                    "receiver":"opstracker","groupLabels":%s,"commonLabels":%s,"commonAnnotations":{"summary":"%s is slow on host-%d"},\
                    "externalURL":"http://alertmanager.example:9093","alerts":[{"status":"firing","labels":%s,\
                    "annotations":{"summary":"%s is slow on host-%d"},"startsAt":"%s","endsAt":"0001-01-01T00:00:00Z",\
                    "generatorURL":"http://prometheus.example:9090/graph?g0.expr=up","fingerprint":"%016x"}]}"""
                    .formatted(alertname, cluster, groupLabels, labels, alertname, key, labels, alertname, key,
                            FIRST_START.plusSeconds(index / keys), 0x5eed_0000_0000L + key);
        }
    }

    /** What the store holds after a run, read through the library. */
    private record Counts(long tasks, long parents, long largest, long incidents, long dedupKeys, long occurrences) {

        static Counts of(OpsTracker ops) {
            long tasks = 0;
            long parents = 0;
            long largest = 0;
            long incidents = 0;
            long occurrences = 0;
            Set<String> keys = new HashSet<>();
            String cursor = null;
            do {
                Page<Task> page = ops.tasks().list(TaskFilter.any(), new PageRequest(PageRequest.MAX_LIMIT, cursor));
                for (Task task : page.items()) {
                    List<Incident> members = ops.alerts().incidentsOf(task.id());
                    tasks++;
                    parents += members.size() > 1 ? 1 : 0;
                    largest = Math.max(largest, members.size());
                    incidents += members.size();
                    for (Incident incident : members) {
                        keys.add(incident.dedupKey());
                        occurrences += incident.occurrences();
                    }
                }
                cursor = page.next();
            } while (cursor != null);
            return new Counts(tasks, parents, largest, incidents, keys.size(), occurrences);
        }
    }
}
