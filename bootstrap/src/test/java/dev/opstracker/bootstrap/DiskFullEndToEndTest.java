package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.command.RecordedCommand;
import dev.opstracker.application.storage.StorageSettings;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.storage.StorageThresholds;
import dev.opstracker.domain.storage.FreeSpaceThreshold;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskFilter;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.Database;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server with its data directory (H2 file, keys, outputs) on a tmpfs of 16 MiB, filled by hand: once
 * past thresholds scaled to that size, and once until the disk is really full with watching turned off,
 * so that what answers is the database's own failure.
 */
class DiskFullEndToEndTest {

    private static final long MIB = 1024L * 1024;
    /** Warning below 8 MiB free, critical below 4 MiB, measured on every request; outputs over 16 KiB kept truncated under pressure. */
    private static final StorageSettings SCALED = new StorageSettings(
            new StorageThresholds(new FreeSpaceThreshold(50, 8 * MIB), new FreeSpaceThreshold(25, 4 * MIB)), Duration.ZERO, 16 * 1024);
    private static final StorageSettings UNWATCHED = StorageSettings.DEFAULT.withThresholds(new StorageThresholds(new FreeSpaceThreshold(0, 0),
            new FreeSpaceThreshold(0, 0)));

    @TempDir
    Path temporary;

    @Test
    void aWriteTheFullDiskRefusesAnswers507AndLeavesNoRowWhileReadsGoOnAndFreeingSpaceLetsWritesInAgain() throws IOException {
        try (SmallFilesystem disk = SmallFilesystem.mount(temporary.resolve("volume"), "16m")) {
            Path data = disk.path().resolve("data");
            try (RunningServer server = RunningServer.start(Settings.embedded(data).withPort(0).withStorage(UNWATCHED))) {
                ApiClient api = new ApiClient(server.port(), Files.readString(data.resolve("admin.token")).strip());
                assertThat(api.post("/api/v1/tasks", task(0)).status()).isEqualTo(201);
                disk.fillLeaving(0);

                int stored = 1;
                ApiClient.Reply refused = null;
                for (int attempt = 1; attempt <= 500 && refused == null; attempt++) {
                    ApiClient.Reply reply = api.post("/api/v1/tasks", task(attempt));
                    if (reply.status() == 201) {
                        stored++;
                    } else {
                        refused = reply;
                    }
                }

                assertThat(refused).as("a write the full disk refused").isNotNull();
                assertThat(refused.status()).as(refused.response().body()).isEqualTo(507);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                assertThat(refused.json().get("type").asText()).isEqualTo("urn:opstracker:problem:storage-full");
                assertThat(refused.json().get("detail").asText()).contains("the database's disk is full", "nothing of it was kept");
                JsonNode listed = listAll(api);
                assertThat(listed.get("total").asInt()).as("every answered task and no other").isEqualTo(stored);
                assertThat(listed.get("items")).allSatisfy(item -> assertThat(item.get("title").asText()).startsWith("Disk filler task "));
                assertThat(new ApiClient(server.port(), null).get("/health").status()).isEqualTo(200);

                disk.release();
                ApiClient.Reply after = api.post("/api/v1/tasks", task(1_000));

                assertThat(after.status()).as(after.response().body()).isEqualTo(201);
                assertThat(listAll(api).get("total").asInt()).isEqualTo(stored + 1);
            }
        }
    }

    @Test
    void pastTheThresholdsOfARealVolumeOutputsAreKeptTruncatedThenChangesRefusedWhileAlertsTimerStopsAndReadsGoOn() throws IOException {
        try (SmallFilesystem disk = SmallFilesystem.mount(temporary.resolve("volume"), "16m")) {
            Path data = disk.path().resolve("data");
            try (RunningServer server = RunningServer.start(Settings.embedded(data).withPort(0).withStorage(SCALED))) {
                ApiClient api = new ApiClient(server.port(), Files.readString(data.resolve("admin.token")).strip());
                ApiClient anonymous = new ApiClient(server.port(), null);
                long task = api.post("/api/v1/tasks", task(0)).json().get("id").asLong();
                assertThat(api.post("/api/v1/time/start", "{\"taskId\": %d}".formatted(task)).status()).isEqualTo(201);
                assertThat(anonymous.get("/health").json().get("status").asText()).as("%d bytes free", disk.free()).isEqualTo("UP");

                disk.fillLeaving(6 * MIB);
                JsonNode warned = anonymous.get("/health").json();
                ApiClient.Reply recorded = api.post("/api/v1/tasks/%d/commands".formatted(task), command(100_000));

                assertThat(warned.get("status").asText()).isEqualTo("DEGRADED");
                assertThat(warned.get("storage").get("level").asText()).isEqualTo("warning");
                assertThat(warned.get("storage").get("reason").asText()).contains("the data directory's volume has", "below the warning threshold");
                assertThat(recorded.status()).as(recorded.response().body()).isEqualTo(201);
                assertThat(recorded.json().get("stdout").get("truncated").asBoolean()).isTrue();
                assertThat(recorded.json().get("stdout").get("size").asLong()).isEqualTo(100_000);
                assertThat(api.get("/api/v1/commands/%d/stdout".formatted(recorded.json().get("id").asLong())).response().body())
                        .contains("bytes cut here (storage was nearly full, so 16,384 bytes were kept whole)");

                disk.fillLeaving(2 * MIB);
                JsonNode critical = anonymous.get("/health").json();
                ApiClient.Reply refused = api.post("/api/v1/tasks", task(1));
                ApiClient.Reply alert = api.post("/api/v1/alerts/generic",
                        "{\"title\": \"Disk almost full on db-1\", \"severity\": \"error\", \"source\": \"db-1\", \"dedup_key\": \"disk/db-1\"}");
                ApiClient.Reply stopped = api.post("/api/v1/time/stop", "{}");

                assertThat(critical.get("status").asText()).isEqualTo("DEGRADED");
                assertThat(critical.get("storage").get("level").asText()).isEqualTo("critical");
                assertThat(refused.status()).as(refused.response().body()).isEqualTo(507);
                assertThat(refused.json().get("detail").asText()).contains("below the critical threshold of 25% or 4.0 MiB",
                        "reading, alert intake and stopping timers still work");
                assertThat(alert.status()).as(alert.response().body()).isEqualTo(200);
                assertThat(alert.json().get("alerts").get(0).get("outcome").asText()).isEqualTo("opened");
                assertThat(stopped.status()).as(stopped.response().body()).isEqualTo(200);
                assertThat(listAll(api).get("total").asInt()).as("the task and the alert's").isEqualTo(2);

                disk.release();

                assertThat(api.post("/api/v1/tasks", task(2)).status()).isEqualTo(201);
                assertThat(anonymous.get("/health").json().get("status").asText()).isEqualTo("UP");
            }
        }
    }

    @Test
    void throughTheLibraryAFullDiskIsStorageFullAndACaptureCutShortLeavesNoRun() throws IOException {
        try (SmallFilesystem disk = SmallFilesystem.mount(temporary.resolve("volume"), "16m")) {
            Path data = disk.path().resolve("data");
            try (OpsTracker ops = OpsTracker.open(Settings.embedded(data).withStorage(UNWATCHED))) {
                TaskId task = ops.tasks().create(TaskDetails.titled("Dump the database")).id();
                disk.fillLeaving(2 * MIB);
                byte[] dump = new byte[4 * (int) MIB];
                new Random(7).nextBytes(dump);
                Instant start = Instant.parse("2026-11-20T08:00:00Z");
                RecordedCommand pgDump = new RecordedCommand(List.of("pg_dump", "shop"), "/", Map.of(), "db-1", "postgres", start, start.plusSeconds(60),
                        new CommandResult.Exited(0));

                assertThatThrownBy(() -> ops.commands().record(task, pgDump, new ByteArrayInputStream(dump), InputStream.nullInputStream()))
                        .isInstanceOf(DomainException.StorageFull.class).hasMessageContaining("the database's disk is full");
                assertThatThrownBy(() -> ops.tasks().create(TaskDetails.titled("One more"))).isInstanceOf(DomainException.StorageFull.class);

                assertThat(ops.commands().ofTask(task, PageRequest.firstDefault()).items()).isEmpty();
                assertThat(ops.tasks().list(TaskFilter.any(), PageRequest.firstDefault()).items()).singleElement()
                        .satisfies(only -> assertThat(only.id()).isEqualTo(task));
                assertThat(ops.commands().verify().intact()).isTrue();
                assertThat(outputChunks(data)).as("the chunks stored before the disk filled were discarded").isZero();

                disk.release();

                assertThat(ops.tasks().create(TaskDetails.titled("One more")).id()).isNotEqualTo(task);
            }
        }
    }

    /** Read beside the library, through the same embedded database. */
    private static long outputChunks(Path data) {
        try (Connection connection = DriverManager.getConnection(Database.embeddedUrl(data), "sa", "");
                ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM command_output_chunk")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static String command(int outputBytes) {
        byte[] output = new byte[outputBytes];
        for (int index = 0; index < outputBytes; index++) {
            output[index] = (byte) ('a' + index % 26);
        }
        return """
                {"argv": ["cat", "/var/log/big.log"], "exitCode": 0, "startedAt": "2026-11-20T08:00:00Z", "endedAt": "2026-11-20T08:00:01Z",
                 "stdoutBase64": "%s"}""".formatted(java.util.Base64.getEncoder().encodeToString(output));
    }

    private static JsonNode listAll(ApiClient api) {
        ApiClient.Reply list = api.get("/api/v1/tasks?limit=500");
        assertThat(list.status()).as(list.response().body()).isEqualTo(200);
        return list.json();
    }

    /** A task with a long description, so that a few of them need a new page of the database file. */
    private static String task(int number) {
        return "{\"title\": \"Disk filler task %d\", \"description\": \"%s\"}".formatted(number, "x".repeat(4_000));
    }
}
