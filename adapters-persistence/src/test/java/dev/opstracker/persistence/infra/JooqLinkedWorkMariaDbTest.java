package dev.opstracker.persistence.infra;

import dev.opstracker.application.testing.LinkedWorkContract;
import dev.opstracker.persistence.MariaDbTestDatabase;
import dev.opstracker.persistence.TestDatabases;
import dev.opstracker.persistence.task.JooqTaskStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The linked-work contract on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
final class JooqLinkedWorkMariaDbTest extends LinkedWorkContract {

    private static MariaDbTestDatabase mariaDb;

    @BeforeAll
    static void createDatabase() {
        mariaDb = MariaDbTestDatabase.createMigrated();
    }

    @AfterAll
    static void dropDatabase() {
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    @Override
    protected Stores emptyStores() {
        TestDatabases.deleteAllRows(mariaDb.database());
        return new Stores(new JooqTaskStore(mariaDb.database()), new JooqComponentStore(mariaDb.database()), new JooqLinkedWork(mariaDb.database()));
    }
}
