package dev.opstracker.persistence.task;

import dev.opstracker.domain.task.TaskStore;
import dev.opstracker.persistence.MariaDbTestDatabase;
import dev.opstracker.persistence.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The task store contract on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
final class JooqTaskStoreMariaDbTest extends JooqTaskStoreContract {

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
    protected TaskStore emptyStore() {
        TestDatabases.deleteAllRows(mariaDb.database());
        return new JooqTaskStore(mariaDb.database());
    }
}
