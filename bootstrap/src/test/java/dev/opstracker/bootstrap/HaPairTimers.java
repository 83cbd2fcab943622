package dev.opstracker.bootstrap;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The same timer calls for the same people sent to every node at once (a person's two devices, or a
 * retrying client behind a load balancer): start, then stop, a number of rounds. Meanwhile a checker
 * counts each person's running timers in the database; afterwards it looks for overlapping entries.
 */
final class HaPairTimers {

    static final List<String> USERS = List.of("ha-timer-a", "ha-timer-b", "ha-timer-c");
    private static final int ROUNDS = 12;
    private static final String MOST_RUNNING = "SELECT COALESCE(MAX(running), 0) FROM (SELECT COUNT(*) AS running FROM time_entry"
            + " WHERE running_marker IS NOT NULL AND user_name LIKE 'ha-timer-%' GROUP BY user_name) r";
    private static final String OVERLAPS = "SELECT COUNT(*) FROM time_entry a JOIN time_entry b ON a.user_name = b.user_name AND a.id < b.id"
            + " WHERE a.user_name LIKE 'ha-timer-%' AND a.started_at < COALESCE(b.ended_at, '9999-12-31 00:00:00')"
            + " AND b.started_at < COALESCE(a.ended_at, '9999-12-31 00:00:00')";

    private final String jdbcUrl;
    private final long taskId;
    private final StormRequests requests = new StormRequests("ha");
    private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicInteger mostRunning = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private int overlaps;

    HaPairTimers(String jdbcUrl, long taskId) {
        this.jdbcUrl = jdbcUrl;
        this.taskId = taskId;
    }

    HaPairTimers run(List<ApiClient> nodes) throws Exception {
        AtomicBoolean calling = new AtomicBoolean(true);
        Thread checker = Thread.ofPlatform().name("running-timers-check").start(() -> check(calling));
        try {
            List<Callable<Void>> people = new ArrayList<>();
            for (ApiClient api : nodes) {
                for (String user : USERS) {
                    people.add(() -> {
                        calls(api, user);
                        return null;
                    });
                }
            }
            Concurrently.all(people);
        } finally {
            calling.set(false);
            checker.join();
        }
        overlaps = (int) query(OVERLAPS);
        return this;
    }

    private void calls(ApiClient api, String user) {
        for (int round = 0; round < ROUNDS; round++) {
            record(HaPairStorm.retryingOn503(() -> api.post("/api/v1/time/start", requests.startTimer(taskId, user)), retries));
            record(HaPairStorm.retryingOn503(() -> api.post("/api/v1/time/stop", requests.stopTimer(user)), retries));
        }
    }

    private void record(ApiClient.Reply reply) {
        statuses.merge(reply.status(), 1, Integer::sum);
    }

    private void check(AtomicBoolean calling) {
        while (calling.get()) {
            mostRunning.accumulateAndGet((int) query(MOST_RUNNING), Math::max);
            checks.incrementAndGet();
            ServerProcess.sleep(Duration.ofMillis(10));
        }
    }

    private long query(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    int callsPerNode() {
        return USERS.size() * ROUNDS * 2;
    }

    Map<Integer, Integer> statuses() {
        return new TreeMap<>(statuses);
    }

    int checks() {
        return checks.get();
    }

    int mostRunning() {
        return mostRunning.get();
    }

    int overlaps() {
        return overlaps;
    }
}
