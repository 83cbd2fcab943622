package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4's "done when": a real Prometheus Alertmanager, configured with a webhook receiver that
 * points at a running OpsTracker and carries a bearer token with {@code alerts:write}, opens, folds
 * and resolves tasks. Alerts are fired with {@code amtool}; outcomes are read back through the
 * library. Alertmanager groups by alertname and cluster, as OpsTracker's default storm grouping does,
 * so each test's alertname is a group of its own. Skipped only off Linux; on Linux a missing
 * Alertmanager fails the run (CI installs the Debian package).
 */
class AlertmanagerEndToEndIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Path ALERTMANAGER_LOG = Path.of("target", "alertmanager-it", "alertmanager.log");

    @TempDir
    static Path temporary;
    private static OpsTracker ops;
    private static AlertmanagerProcess alertmanager;

    @BeforeAll
    static void startOpsTrackerAndAlertmanager() throws IOException {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux"),
                "the Alertmanager end-to-end test runs only on Linux, where the Debian package prometheus-alertmanager provides it");
        Path server = required(AlertmanagerProcess.SERVER_BINARY);
        Path amtool = required(AlertmanagerProcess.CLIENT_BINARY);
        ops = OpsTracker.open(Settings.embedded(temporary.resolve("data")).withPort(0));
        int port = ops.apiServer().start();
        String token = ops.tokens().issue("alertmanager", Set.of(Scope.ALERTS_WRITE), null).secret();
        alertmanager = AlertmanagerProcess.start(server, amtool, configuration(port, token), temporary, ALERTMANAGER_LOG);
    }

    @AfterAll
    static void stopBoth() {
        try {
            if (alertmanager != null) {
                alertmanager.close();
            }
        } finally {
            if (ops != null) {
                ops.close();
            }
        }
    }

    @AfterEach
    void everyDeliveryWasAccepted() {
        assertThat(ops.deadLetters().list(PageRequest.first(10)).items()).as("dead letters (refused deliveries)").isEmpty();
    }

    @Test
    void aFiringAlertOpensATaskNamedBySummaryWithItsSeverityAsPriorityAndItsResolutionClosesIt() {
        Map<String, String> labels = Map.of("alertname", "DiskFull", "instance", "db-1", "cluster", "eu-1", "severity", "critical");

        alertmanager.fire(labels, "Disk full on db-1", null, null);
        Task task = awaitOnly(tasksOf("DiskFull", "eu-1"));
        alertmanager.fire(labels, "Disk full on db-1", null, null);

        assertThat(task.details().title()).isEqualTo("Disk full on db-1");
        assertThat(task.details().priority()).isEqualTo(Priority.P1);
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        Incident incident = onlyIncidentOf(task);
        assertThat(incident.source()).isEqualTo(AlertSource.ALERTMANAGER);
        assertThat(incident.dedupKey()).as("the dedup key is Alertmanager's fingerprint").isEqualTo(alertmanager.fingerprintOf(labels));
        assertThat(ops.alerts().openIncident(AlertSource.ALERTMANAGER, "", incident.dedupKey())).isPresent();

        Instant end = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        alertmanager.fire(labels, "Disk full on db-1", null, end);
        Task closed = await("the resolution to close the task", () -> ops.tasks().get(task.id()), done -> done.status() == TaskStatus.DONE);

        assertThat(closed.completedAt()).isNotNull();
        assertThat(tasksOf("DiskFull", "eu-1").get()).as("firing the same alert again opened no second task").hasSize(1);
        Incident resolved = onlyIncidentOf(task);
        assertThat(resolved.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(resolved.resolvedAt()).isNotNull();
        assertThat(resolved.endsAt()).as("the end Alertmanager reported").isEqualTo(end);
        assertThat(ops.alerts().openIncident(AlertSource.ALERTMANAGER, "", incident.dedupKey())).isEmpty();
    }

    /**
     * A flap: the alert resolves and fires again (a later startsAt) within one group interval, so
     * Alertmanager never sends the resolution, only the new firing. Its route has a 5 s group interval
     * to leave room for the two amtool calls, and a 4 s repeat interval, since Alertmanager sends a
     * group whose set of alerts did not change only on repeat.
     */
    @Test
    void anAlertFiringAgainWhileItsTaskIsOpenFoldsIntoThatTaskAsAnotherOccurrence() {
        Map<String, String> labels = Map.of("alertname", "Flapping", "instance", "web-1", "cluster", "eu-1", "severity", "warning");
        Instant firstStart = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);

        alertmanager.fire(labels, "web-1 answers slowly", firstStart, null);
        Task task = awaitOnly(tasksOf("Flapping", "eu-1"));
        Instant now = Instant.now();
        alertmanager.fire(labels, "web-1 answers slowly", firstStart, now.minusSeconds(5));
        Instant secondStart = now.minusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        alertmanager.fire(labels, "web-1 answers slowly again", secondStart, null);
        Incident folded = await("the second firing to fold", () -> onlyIncidentOf(task), incident -> incident.occurrences() > 1);

        assertThat(folded.occurrences()).isEqualTo(2);
        assertThat(folded.isOpen()).isTrue();
        assertThat(folded.startsAt()).as("the incident began with the first firing").isEqualTo(firstStart);
        assertThat(folded.summary()).as("the latest summary").isEqualTo("web-1 answers slowly again");
        assertThat(tasksOf("Flapping", "eu-1").get()).as("no second task").extracting(Task::id).containsExactly(task.id());
        assertThat(task.details().priority()).isEqualTo(Priority.P3);

        alertmanager.fire(labels, "web-1 answers slowly again", secondStart, Instant.now().plusSeconds(1));
        await("the resolution to close the task", () -> ops.tasks().get(task.id()), done -> done.status() == TaskStatus.DONE);
        assertThat(onlyIncidentOf(task).status()).isEqualTo(AlertStatus.RESOLVED);
    }

    @Test
    void aStormOfOneAlertnameInOneClusterFoldsIntoOneTaskThatClosesWhenItsLastAlertResolves() {
        for (int instance = 1; instance <= 3; instance++) {
            alertmanager.fire(latency("api-" + instance, "eu-1"), "High latency on api-" + instance, null, null);
        }
        Task storm = awaitOnly(tasksOf("HighLatency", "eu-1"));
        alertmanager.fire(latency("api-4", "eu-1"), "High latency on api-4", null, null);
        alertmanager.fire(latency("api-5", "eu-1"), "High latency on api-5", null, null);
        alertmanager.fire(latency("api-9", "us-1"), "High latency on api-9", null, null);
        await("five incidents on the storm's task", () -> ops.alerts().incidentsOf(storm.id()), incidents -> incidents.size() == 5);
        Task elsewhere = awaitOnly(tasksOf("HighLatency", "us-1"));

        assertThat(tasksOf("HighLatency", "eu-1").get()).as("one task for the storm").extracting(Task::id).containsExactly(storm.id());
        assertThat(ops.alerts().incidentsOf(storm.id())).extracting(Incident::dedupKey).doesNotHaveDuplicates();
        assertThat(ops.alerts().incidentsOf(elsewhere.id())).as("another cluster is another storm").hasSize(1);

        Instant end = Instant.now().plusSeconds(1);
        for (int instance = 1; instance <= 4; instance++) {
            alertmanager.fire(latency("api-" + instance, "eu-1"), "High latency on api-" + instance, null, end);
        }
        await("four of the storm's incidents to resolve", () -> ops.alerts().incidentsOf(storm.id()),
                incidents -> incidents.stream().filter(incident -> !incident.isOpen()).count() == 4);
        assertThat(ops.tasks().get(storm.id()).status()).as("one alert of the storm still fires").isEqualTo(TaskStatus.OPEN);

        alertmanager.fire(latency("api-5", "eu-1"), "High latency on api-5", null, Instant.now().plusSeconds(1));
        alertmanager.fire(latency("api-9", "us-1"), "High latency on api-9", null, Instant.now().plusSeconds(1));
        await("the storm's task to close", () -> ops.tasks().get(storm.id()), task -> task.status() == TaskStatus.DONE);
        await("the other cluster's task to close", () -> ops.tasks().get(elsewhere.id()), task -> task.status() == TaskStatus.DONE);
        assertThat(ops.alerts().incidentsOf(storm.id())).allSatisfy(incident -> assertThat(incident.status()).isEqualTo(AlertStatus.RESOLVED));
    }

    private static String configuration(int port, String token) {
        return """
                route:
                  receiver: opstracker
                  group_by: ['alertname', 'cluster']
                  group_wait: 1s
                  group_interval: 1s
                  repeat_interval: 1h
                  routes:
                    - matchers: ['alertname="Flapping"']
                      receiver: opstracker
                      group_interval: 5s
                      repeat_interval: 4s
                receivers:
                  - name: opstracker
                    webhook_configs:
                      - url: http://127.0.0.1:%d/api/v1/alerts/alertmanager
                        send_resolved: true
                        http_config:
                          authorization:
                            type: Bearer
                            credentials: %s
                """.formatted(port, token);
    }

    private static Path required(String binary) {
        return AlertmanagerProcess.find(binary).orElseThrow(() -> new AssertionError(
                "%s is not installed: install the Debian package prometheus-alertmanager (apt-get install prometheus-alertmanager; .ci/run does)"
                        .formatted(binary)));
    }

    private static Map<String, String> latency(String instance, String cluster) {
        return Map.of("alertname", "HighLatency", "instance", instance, "cluster", cluster, "severity", "warning");
    }

    private static Supplier<List<Task>> tasksOf(String alertname, String cluster) {
        TaskFilter filter = TaskFilter.any().withAttributes(Map.of("alertname", alertname, "cluster", cluster));
        return () -> ops.tasks().list(filter, PageRequest.first(50)).items();
    }

    private static Task awaitOnly(Supplier<List<Task>> tasks) {
        return await("a task to open", tasks, found -> !found.isEmpty()).get(0);
    }

    private static Incident onlyIncidentOf(Task task) {
        List<Incident> incidents = ops.alerts().incidentsOf(task.id());
        assertThat(incidents).as("incidents of task %s", task.id()).hasSize(1);
        return incidents.get(0);
    }

    /** Polls until {@code done} holds; Alertmanager sends on its own schedule, so there is no fixed time to wait. */
    private static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                fail("waited %s for %s; last seen: %s%nAlertmanager said:%n%s", TIMEOUT, what, last, alertmanager.output());
            }
            AlertmanagerProcess.sleep(100);
            last = probe.get();
        }
        return last;
    }
}
