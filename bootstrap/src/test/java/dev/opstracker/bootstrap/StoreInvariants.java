package dev.opstracker.bootstrap;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What must never be visible in a store, however a writer ended (killed mid-transaction, its
 * connection cut): counted straight from the tables, after the server that wrote them has stopped.
 * Duplicates are counted apart from half-written rows, since a test reports both.
 */
final class StoreInvariants {

    /** Each query counts the rows that break one rule. */
    private static final Map<String, String> HALF_WRITTEN = Map.of(
            "incidents without their task (no threshold rules are set, so none may wait)",
            "SELECT COUNT(*) FROM alert_incident WHERE task_id IS NULL",
            "tasks opened by an alert without its incident",
            "SELECT COUNT(*) FROM task t WHERE t.reporter IN ('generic', 'alertmanager')"
                    + " AND NOT EXISTS (SELECT 1 FROM alert_incident i WHERE i.task_id = t.id)",
            "alert outcomes naming an incident that is not there",
            "SELECT COUNT(*) FROM alert_event e WHERE e.incident_id IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM alert_incident i WHERE i.id = e.incident_id)",
            "entries by hand without their end",
            "SELECT COUNT(*) FROM time_entry WHERE note LIKE 'crash entry%' AND ended_at IS NULL",
            "command runs with output but without its chunks",
            "SELECT COUNT(*) FROM command_run r WHERE r.stdout_size > 0"
                    + " AND NOT EXISTS (SELECT 1 FROM command_output_chunk c WHERE c.run_id = r.id AND c.channel = 'stdout')",
            "users with more than one running timer",
            "SELECT COUNT(*) FROM (SELECT user_name FROM time_entry WHERE running_marker IS NOT NULL"
                    + " GROUP BY user_name HAVING COUNT(*) > 1) d");

    private static final Map<String, String> DUPLICATES = Map.of(
            "dedup keys with more than one incident",
            "SELECT COUNT(*) FROM (SELECT source, scope, dedup_key FROM alert_incident GROUP BY source, scope, dedup_key HAVING COUNT(*) > 1) d",
            "notes on more than one entry",
            "SELECT COUNT(*) FROM (SELECT note FROM time_entry WHERE note IS NOT NULL GROUP BY note HAVING COUNT(*) > 1) d");

    private StoreInvariants() {
    }

    /** The count of each kind of half-written row, by rule; every count should be 0. */
    static Map<String, Long> halfWritten(String jdbcUrl) throws SQLException {
        return count(jdbcUrl, HALF_WRITTEN);
    }

    /** The count of each kind of duplicate; every count should be 0. */
    static Map<String, Long> duplicates(String jdbcUrl) throws SQLException {
        return count(jdbcUrl, DUPLICATES);
    }

    static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The embedded database's user is {@code sa}; a MariaDB URL names its own. */
    private static Connection connect(String jdbcUrl) throws SQLException {
        return jdbcUrl.startsWith("jdbc:h2:") ? DriverManager.getConnection(jdbcUrl, "sa", "") : DriverManager.getConnection(jdbcUrl);
    }

    private static Map<String, Long> count(String jdbcUrl, Map<String, String> queries) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = connect(jdbcUrl); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> rule : queries.entrySet()) {
                try (ResultSet result = statement.executeQuery(rule.getValue())) {
                    result.next();
                    counts.put(rule.getKey(), result.getLong(1));
                }
            }
        }
        return counts;
    }
}
