package dev.opstracker.persistence.infra;

import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.persistence.MariaDbTestDatabase;
import dev.opstracker.persistence.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The component store contract on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
final class JooqComponentStoreMariaDbTest extends JooqComponentStoreContract {

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
    protected ComponentStore emptyStore() {
        TestDatabases.deleteAllRows(mariaDb.database());
        return new JooqComponentStore(mariaDb.database());
    }
}
