package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.time.NewEntry;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.TimeEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuspiciousTimersTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aTimerLeftRunningOverTwelveHoursIsNamedAtStartUpAndKeptRunning() {
        TimeEntry forgotten;
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            TaskId task = ops.tasks().create(TaskDetails.titled("Night shift")).id();
            forgotten = ops.time().add(new NewEntry(task, "marcus", Instant.now().minus(Duration.ofHours(13)), null, ZoneOffset.UTC, null, null, null,
                    null, Activity.INCIDENT));
            ops.time().add(new NewEntry(task, "anna", Instant.now().minus(Duration.ofHours(1)), null, ZoneOffset.UTC, null, null, null, null,
                    Activity.INCIDENT));
        }

        // Serving names it in the log at start-up; it must not stop or change it.
        try (RunningServer server = RunningServer.start(Settings.embedded(dataDirectory).withPort(0))) {
            assertThat(server.port()).isPositive();
        }
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            assertThat(SuspiciousTimers.report(ops.time())).containsExactly(forgotten);
            assertThat(ops.time().current("marcus")).contains(forgotten);
        }
    }
}
