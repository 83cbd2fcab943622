package dev.opstracker.bootstrap.bench;

import dev.opstracker.application.task.TaskService;
import dev.opstracker.bootstrap.MariaDbScratchDatabase;
import dev.opstracker.bootstrap.OpsTracker;
import dev.opstracker.bootstrap.RunningServer;
import dev.opstracker.bootstrap.Settings;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.persistence.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tasks created per second through TaskService (H2, MariaDB) and over HTTP with 32 concurrent
 * clients, next to the raw JDBC single-row insert rate of the same database (the ceiling).
 * Prints figures; never fails on a slow machine. Run with {@code -Pbench}.
 */
@Tag("bench")
class TaskCreationBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(TaskCreationBenchmark.class);
    private static final int WARMUP = 10_000;
    private static final int MEASURED = 50_000;
    private static final int HTTP_CLIENTS = 32;
    private static final int HTTP_WARMUP = 40_000;
    private static final int HTTP_REQUESTS = 100_000;

    private final List<String> rows = new ArrayList<>();

    @TempDir
    Path temporary;

    @Test
    void printTaskCreationRates() throws Exception {
        measureDatabase("H2 (embedded file)", Settings.embedded(temporary.resolve("h2")));
        String mariaDb = System.getenv("OPSTRACKER_TEST_MARIADB_URL");
        if (mariaDb != null) {
            try (MariaDbScratchDatabase scratch = new MariaDbScratchDatabase(mariaDb)) {
                measureDatabase("MariaDB (loopback)", Settings.embedded(temporary.resolve("maria")).withDatabase(scratch.url(), null, null));
            }
        }
        measureHttp(Settings.embedded(temporary.resolve("http")).withPort(0));
        String table = String.join(System.lineSeparator(), rows);
        LOG.info("Task creation benchmark{}{}", System.lineSeparator(), table);
        Files.writeString(Path.of("target", "bench-task-creation.txt"), table + System.lineSeparator());
    }

    private void measureDatabase(String label, Settings settings) throws Exception {
        try (OpsTracker ops = OpsTracker.open(settings)) {
            TaskService tasks = ops.tasks();
            for (int i = 0; i < WARMUP; i++) {
                tasks.create(details(i));
            }
            long start = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                tasks.create(details(i));
            }
            report(label + " TaskService.create", MEASURED, System.nanoTime() - start);
        }
        try (Database database = settings.databaseUrl() == null
                ? Database.embedded(settings.dataDirectory())
                : new Database(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword())) {
            report(label + " raw JDBC insert (ceiling)", MEASURED, rawInserts(database));
        }
    }

    /** Single-row autocommit inserts into the same table through the same pool: what the database itself allows. */
    private static long rawInserts(Database database) throws Exception {
        String sql = "INSERT INTO task (title, status, priority, created_at, updated_at, version) VALUES (?, 'OPEN', 'P3', ?, ?, 1)";
        try (Connection connection = database.dataSource().getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            for (int i = 0; i < WARMUP; i++) {
                insertOne(insert, i, now);
            }
            long start = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                insertOne(insert, i, now);
            }
            return System.nanoTime() - start;
        }
    }

    private static void insertOne(PreparedStatement insert, int i, Timestamp now) throws Exception {
        insert.setString(1, "raw insert " + i);
        insert.setTimestamp(2, now);
        insert.setTimestamp(3, now);
        insert.executeUpdate();
    }

    private void measureHttp(Settings settings) throws Exception {
        try (RunningServer server = RunningServer.start(settings)) {
            String token = Files.readString(settings.dataDirectory().resolve("admin.token")).strip();
            KeepAliveLoad load = new KeepAliveLoad(server.port(), "POST", "/api/v1/tasks", token,
                    "{\"title\":\"bench over http\",\"priority\":\"P2\",\"client\":\"ACME\"}");
            load.run(HTTP_CLIENTS, HTTP_WARMUP, 201);
            long start = System.nanoTime();
            int failures = load.run(HTTP_CLIENTS, HTTP_REQUESTS, 201);
            report("HTTP POST /api/v1/tasks, H2, " + HTTP_CLIENTS + " keep-alive clients" + (failures > 0 ? " (" + failures + " not 201)" : ""),
                    HTTP_REQUESTS, System.nanoTime() - start);
        }
    }

    private static TaskDetails details(int i) {
        return new TaskDetails("bench task " + i, null, Priority.P3, "bench", null, null, null, null, Map.of());
    }

    private void report(String label, int count, long nanos) {
        double perSecond = count / (nanos / 1e9);
        rows.add(String.format(Locale.ROOT, "%-60s %,10d tasks in %7.2f s = %,10.0f tasks/s", label, count, nanos / 1e9, perSecond));
    }
}
