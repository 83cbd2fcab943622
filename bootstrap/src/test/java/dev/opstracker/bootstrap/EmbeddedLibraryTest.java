package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.TimeEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library use the README shows: embed, create a task, and find it again after reopening. */
class EmbeddedLibraryTest {

    @TempDir
    Path dataDirectory;

    @Test
    void tasksCreatedThroughTheEmbeddedFacadeSurviveReopening() {
        Task created;
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            created = ops.tasks().create(TaskDetails.titled("Renew Let's Encrypt wildcard cert"));
        }

        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            assertThat(ops.tasks().get(created.id())).isEqualTo(created);
            assertThat(ops.tasks().list(TaskFilter.any(), PageRequest.firstDefault()).total()).isEqualTo(1);
        }
    }

    @Test
    void anAlertReceivedThroughTheFacadeOpensATaskThatItsResolutionCloses() {
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            AlertOutcome opened = ops.alerts().receive(AlertSource.GENERIC, body, List.of(alert("backup-db-1", AlertStatus.FIRING))).get(0);
            AlertOutcome resolved = ops.alerts().receive(AlertSource.GENERIC, body, List.of(alert("backup-db-1", AlertStatus.RESOLVED))).get(0);

            assertThat(opened.kind()).isEqualTo(AlertOutcome.Kind.OPENED);
            assertThat(resolved.taskId()).isEqualTo(opened.taskId());
            Task task = ops.tasks().get(opened.taskId());
            assertThat(task.details().title()).isEqualTo("Nightly backup of db-1 failed");
            assertThat(task.status()).isEqualTo(TaskStatus.DONE);
            assertThat(ops.alerts().incidentsOf(task.id())).singleElement().satisfies(incident -> assertThat(incident.isOpen()).isFalse());
        }
    }

    @Test
    void aRunningTimerSurvivesReopeningAndStopsExactlyWhereItWasStopped() throws InterruptedException {
        TimeEntry started;
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            TaskId task = ops.tasks().create(TaskDetails.titled("Failover drill")).id();
            started = ops.time().start(task, "marcus", ZoneId.of("Europe/Berlin"), Activity.MAINTENANCE).started();
        }

        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            assertThat(ops.time().current("marcus")).contains(started);
            // A timer stops at a past instant at the latest: wait until two whole seconds have passed since it started.
            Instant stopAt = started.details().start().plusSeconds(2);
            while (!Instant.now().isAfter(stopAt.plusMillis(100))) {
                Thread.sleep(100);
            }
            TimeEntry stopped = ops.time().stop("marcus", stopAt);
            assertThat(stopped.details().seconds(Instant.EPOCH)).isEqualTo(2);
            assertThat(ops.time().current("marcus")).isEmpty();
            // Wired through the facade; a user with no evidence that day gets no drafts.
            assertThat(ops.drafts().propose("erika", java.time.LocalDate.now(ZoneId.of("Europe/Berlin")), ZoneId.of("Europe/Berlin"))).isEmpty();
        }
    }

    private static Alert alert(String key, AlertStatus status) {
        return new Alert(AlertSource.GENERIC, null, key, key + "/" + status, status, Severity.ERROR, "Nightly backup of db-1 failed",
                Map.of("host", "db-1"), null, null, null, null, null);
    }

    @Test
    void theEmbeddedStoreCreatesItsDataDirectory() {
        Path nested = dataDirectory.resolve("a/b");
        try (OpsTracker ops = OpsTracker.embedded(nested)) {
            assertThat(nested).isDirectory();
            assertThat(ops.databaseKind()).isEqualTo("h2");
        }
    }
}
