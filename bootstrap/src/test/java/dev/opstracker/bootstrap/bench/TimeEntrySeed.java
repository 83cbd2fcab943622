package dev.opstracker.bootstrap.bench;

import dev.opstracker.domain.task.BillingCode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * Six months of time entries for a benchmark, the same every run: each user works every weekday
 * from 07:00 UTC in about 20 entries of 10 to 30 minutes with short gaps, for one of ten clients
 * (three projects each) per entry. {@link #seed} writes them straight into a migrated schema with
 * batched JDBC inserts, bypassing the store, which checks overlaps entry by entry; {@link #forEach}
 * hands the same intervals to Timewarrior's writer.
 */
final class TimeEntrySeed {

    static final int CLIENTS = 10;
    private static final int ENTRIES_PER_DAY = 20;
    private static final int BATCH = 2_000;

    /** One seeded interval. */
    interface Sink {
        void accept(String user, Instant start, Instant end, BillingCode client, String project, long taskId, boolean billable) throws Exception;
    }

    private TimeEntrySeed() {
    }

    static BillingCode clientOf(int index) {
        return new BillingCode("CLIENT" + index);
    }

    static void forEach(int users, LocalDate firstDay, LocalDate lastDay, Sink sink) throws Exception {
        Random random = new Random(6);
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int user = 0; user < users; user++) {
                Instant start = day.atTime(7, 0).toInstant(ZoneOffset.UTC);
                for (int entry = 0; entry < ENTRIES_PER_DAY; entry++) {
                    Instant end = start.plusSeconds(600 + random.nextInt(1_200));
                    int client = random.nextInt(CLIENTS);
                    sink.accept("user" + user, start, end, clientOf(client), "p" + random.nextInt(3), 1 + random.nextInt(5_000), random.nextInt(10) > 0);
                    start = end.plusSeconds(random.nextInt(300));
                }
            }
        }
    }

    /** Seeds the entries into the database at {@code url}; returns how many. */
    static int seed(String url, String user, String password, int users, LocalDate firstDay, LocalDate lastDay) throws Exception {
        Timestamp created = Timestamp.valueOf(LocalDateTime.of(2026, 12, 1, 0, 0));
        int[] count = {0};
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement insert = connection.prepareStatement("INSERT INTO time_entry (task_id, user_name, started_at, ended_at, zone, "
                        + "client_code, project_code, billable, note, activity, running_marker, created_at, updated_at, version) "
                        + "VALUES (?, ?, ?, ?, 'Europe/Berlin', ?, ?, ?, NULL, 'incident', NULL, ?, ?, 1)")) {
            connection.setAutoCommit(false);
            forEach(users, firstDay, lastDay, (name, start, end, client, project, taskId, billable) -> {
                insert.setLong(1, taskId);
                insert.setString(2, name);
                insert.setTimestamp(3, utc(start));
                insert.setTimestamp(4, utc(end));
                insert.setString(5, client.value());
                insert.setString(6, project);
                insert.setBoolean(7, billable);
                insert.setTimestamp(8, created);
                insert.setTimestamp(9, created);
                insert.addBatch();
                if (++count[0] % BATCH == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            });
            insert.executeBatch();
            connection.commit();
            if (url.startsWith("jdbc:mariadb:")) {
                try (Statement statement = connection.createStatement()) {
                    // Fresh statistics, as a database filled over time would have.
                    statement.execute("ANALYZE TABLE time_entry");
                }
            }
        }
        return count[0];
    }

    /** The store keeps instants as UTC wall-clock DATETIME values. */
    private static Timestamp utc(Instant instant) throws SQLException {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
