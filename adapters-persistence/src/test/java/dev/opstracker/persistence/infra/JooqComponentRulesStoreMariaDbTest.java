package dev.opstracker.persistence.infra;

import dev.opstracker.application.testing.ComponentRulesStoreContract;
import dev.opstracker.persistence.MariaDbTestDatabase;
import dev.opstracker.persistence.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The kinds and parenting rules store contract on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
final class JooqComponentRulesStoreMariaDbTest extends ComponentRulesStoreContract {

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
        return new Stores(new JooqComponentStore(mariaDb.database()), new JooqComponentRulesStore(mariaDb.database()));
    }
}
