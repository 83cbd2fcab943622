package dev.opstracker.persistence;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A MariaDB database of its own for one test class, on the server named by
 * {@value #URL_VARIABLE} (such as {@code jdbc:mariadb://127.0.0.1:3306/?user=root}); dropped on close.
 * Creating one fails, rather than skips, when the variable is set but the server cannot be reached.
 */
public final class MariaDbTestDatabase implements AutoCloseable {

    public static final String URL_VARIABLE = "OPSTRACKER_TEST_MARIADB_URL";

    private final String serverUrl;
    private final String name;
    private final Database database;

    private MariaDbTestDatabase(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
        this.database = new Database(urlOf(serverUrl, name), null, null);
    }

    /** A new, uniquely named and migrated database. */
    public static MariaDbTestDatabase createMigrated() {
        MariaDbTestDatabase created = createEmpty();
        try {
            new SchemaMigrator(created.database).migrate();
        } catch (RuntimeException failure) {
            // A migration that fails must not leave its scratch database behind on the shared server.
            created.close();
            throw failure;
        }
        return created;
    }

    /** A new, uniquely named database with no tables. */
    public static MariaDbTestDatabase createEmpty() {
        String serverUrl = System.getenv(URL_VARIABLE);
        if (serverUrl == null || serverUrl.isBlank()) {
            throw new IllegalStateException(URL_VARIABLE + " is not set; guard the test with @EnabledIfEnvironmentVariable");
        }
        String name = "opstracker_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        // The server's default charset on purpose: the migrations must not depend on it.
        execute(serverUrl, "CREATE DATABASE " + name);
        try {
            return new MariaDbTestDatabase(serverUrl, name);
        } catch (RuntimeException failure) {
            execute(serverUrl, "DROP DATABASE IF EXISTS " + name);
            throw failure;
        }
    }

    public Database database() {
        return database;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        database.close();
        execute(serverUrl, "DROP DATABASE IF EXISTS " + name);
    }

    /** The server URL with its database path, if any, replaced by {@code databaseName}. */
    static String urlOf(String serverUrl, String databaseName) {
        requireNonNull(serverUrl, "serverUrl is null");
        int hostStart = serverUrl.indexOf("//");
        if (hostStart < 0) {
            throw new IllegalArgumentException("%s is not a jdbc:mariadb://host:port/ URL".formatted(URL_VARIABLE));
        }
        int queryStart = serverUrl.indexOf('?', hostStart);
        String withoutQuery = queryStart < 0 ? serverUrl : serverUrl.substring(0, queryStart);
        String query = queryStart < 0 ? "" : serverUrl.substring(queryStart);
        int pathStart = withoutQuery.indexOf('/', hostStart + 2);
        String authority = pathStart < 0 ? withoutQuery : withoutQuery.substring(0, pathStart);
        return authority + "/" + databaseName + query;
    }

    private static void execute(String serverUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException("MariaDB at %s failed: %s".formatted(URL_VARIABLE, failure.getMessage()), failure);
        }
    }
}
