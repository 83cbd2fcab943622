package dev.opstracker.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opstracker.bootstrap.cli.Cli.Mode;
import dev.opstracker.bootstrap.cli.Cli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code opstracker time ...}: timers, entries in the user's zone, reports and billing exports, both ways. */
class TimeCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @TempDir
    Path files;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aTimerRunsFromStartToStopAndCurrentShowsItWhileItRuns(Mode mode) throws Exception {
        try (Cli cli = Cli.start(mode, directory)) {
            cli.run("task", "add", "Investigate 502s on the edge");

            Result none = cli.run("time", "current");
            Result started = cli.run("time", "start", "1", "--activity", "incident");
            Result current = cli.run("time", "current", "-o", "json");
            Result stopped = cli.run("time", "stop");
            Result noneAgain = cli.run("time", "current");

            assertThat(none.exitCode()).isZero();
            assertThat(none.out()).isEqualTo("No timer running.\n");
            assertThat(started.out()).isEqualTo("Timer started on task 1\n");
            JsonNode running = JSON.readTree(current.out());
            assertThat(running.path("running").asBoolean()).isTrue();
            assertThat(running.path("activity").asText()).isEqualTo("incident");
            assertThat(stopped.out()).isEqualTo("Timer stopped on task 1 after 0h 00m\n");
            assertThat(noneAgain.out()).isEqualTo("No timer running.\n");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void timeAddedInTheUsersZoneIsReportedThereAndAnOverlapIsRefusedNamingTheOtherEntry(Mode mode) {
        try (Cli cli = Cli.start(mode, directory)) {
            cli.run("task", "add", "Failover drill", "--client", "ACME");

            Result added = cli.run("time", "add", "1", "--from", "2026-11-20 09:00", "--to", "2026-11-20 10:30", "--zone", "Europe/Berlin",
                    "--note", "failover drill");
            Result byDuration = cli.run("time", "add", "1", "--from", "2026-11-21 09:00", "--duration", "45m", "--zone", "Europe/Berlin");
            Result overlapping = cli.run("time", "add", "1", "--from", "2026-11-20 10:00", "--duration", "1h", "--zone", "Europe/Berlin");
            Result report = cli.run("time", "report", "--from", "2026-11-01", "--to", "2026-12-01", "--zone", "Europe/Berlin", "--group-by", "day");

            assertThat(added.out()).isEqualTo("Added 1h 30m on task 1 (entry 1)\n");
            assertThat(byDuration.out()).isEqualTo("Added 0h 45m on task 1 (entry 2)\n");
            assertThat(overlapping.exitCode()).isEqualTo(1);
            assertThat(overlapping.err()).contains("(HTTP 409)").contains("1");
            assertThat(report.out().lines().toList()).hasSize(4).first().asString().startsWith("PERIOD");
            assertThat(report.out()).contains("2026-11-20", "1.50", "2026-11-21", "0.75").containsPattern("TOTAL +2\\.25");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aHarvestExportIsWrittenWholeToTheFileNamedOrToStdout(Mode mode) throws Exception {
        Path target = files.resolve("november.csv");
        try (Cli cli = Cli.start(mode, directory)) {
            cli.run("task", "add", "Rotate the database credentials", "--client", "ACME", "--project", "acme-db");
            cli.run("time", "add", "1", "--from", "2026-11-20 09:00", "--to", "2026-11-20 10:00", "--zone", "Europe/Berlin");

            Result toFile = cli.run("time", "export", "--format", "harvest", "--from", "2026-11-01", "--to", "2026-12-01", "--zone", "Europe/Berlin",
                    "-O", target.toString());
            Result toStdout = cli.run("time", "export", "--format", "harvest", "--from", "2026-11-01", "--to", "2026-12-01", "--zone", "Europe/Berlin");

            assertThat(toFile.exitCode()).isZero();
            assertThat(toFile.err()).startsWith("Wrote ").contains("november.csv");
            assertThat(Files.readString(target)).isEqualTo(toStdout.out()).contains("Rotate the database credentials", "ACME");
            assertThat(Files.list(files)).containsExactly(target);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void timeArgumentsThatMeanNothingAreRefusedNamingTheOption(Mode mode) {
        try (Cli cli = Cli.start(mode, directory)) {
            Result neither = cli.run("time", "add", "1", "--from", "2h");
            Result badSpan = cli.run("time", "add", "1", "--from", "2h", "--duration", "forever");
            Result badFormat = cli.run("time", "export", "--format", "excel");

            assertThat(neither.exitCode()).isEqualTo(2);
            assertThat(neither.err()).contains("--to or --duration");
            assertThat(badSpan.exitCode()).isEqualTo(1);
            assertThat(badSpan.err()).contains("--duration 'forever' is not a span");
            assertThat(badFormat.exitCode()).isEqualTo(2);
            assertThat(badFormat.err()).contains("--format excel");
        }
    }
}
