package dev.opstracker.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * MariaDB's own "The table is full" (ER_RECORD_FILE_FULL, 1114), which InnoDB also reports when its
 * tablespace cannot grow on a full disk: a MEMORY table capped at MariaDB's smallest size fills up
 * after a few rows, without filling the server's disk.
 */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".+")
final class DiskFullMariaDbTest extends DiskFullContract {

    private static MariaDbTestDatabase mariaDb;

    @BeforeAll
    static void create() {
        mariaDb = MariaDbTestDatabase.createEmpty();
        mariaDb.database().dsl().execute("CREATE TABLE scratch_row (id INT PRIMARY KEY) ENGINE=InnoDB");
        mariaDb.database().dsl().connection(connection -> {
            try (var statement = connection.createStatement()) {
                // The cap applies to MEMORY tables created afterwards in the same session.
                statement.execute("SET SESSION max_heap_table_size = 16384");
                statement.execute("CREATE TABLE scratch_full (filler CHAR(255) NOT NULL) ENGINE=MEMORY");
                statement.execute("SET SESSION max_heap_table_size = DEFAULT");
            }
        });
        while (!full()) {
            mariaDb.database().dsl().execute("INSERT INTO scratch_full (filler) VALUES (REPEAT('x', 255))");
        }
    }

    private static boolean full() {
        try {
            mariaDb.database().dsl().execute("INSERT INTO scratch_full (filler) VALUES ('probe')");
            return false;
        } catch (dev.opstracker.domain.shared.DomainException.StorageFull refused) {
            return true;
        }
    }

    @AfterAll
    static void drop() {
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    @BeforeEach
    void empty() {
        mariaDb.database().dsl().execute("DELETE FROM scratch_row");
    }

    @Override
    protected Database database() {
        return mariaDb.database();
    }

    @Override
    protected String refusedWrite() {
        return "INSERT INTO scratch_full (filler) VALUES ('one more')";
    }
}
