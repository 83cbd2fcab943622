package dev.opstracker.bootstrap;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A uniquely named MariaDB database made for one test or benchmark run and dropped after it. */
public final class MariaDbScratchDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String name = "opstracker_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public MariaDbScratchDatabase(String serverUrl) throws SQLException {
        this.serverUrl = serverUrl;
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
    }

    /** The server URL with this database's name in the path, keeping any query parameters. */
    public String url() {
        int query = serverUrl.indexOf('?');
        String path = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String parameters = query < 0 ? "" : serverUrl.substring(query);
        return (path.endsWith("/") ? path : path + "/") + name + parameters;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name);
    }
}
