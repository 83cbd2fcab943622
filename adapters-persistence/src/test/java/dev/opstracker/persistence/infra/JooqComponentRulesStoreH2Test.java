package dev.opstracker.persistence.infra;

import dev.opstracker.application.testing.ComponentRulesStoreContract;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The kinds and parenting rules store contract on the embedded H2 database. */
final class JooqComponentRulesStoreH2Test extends ComponentRulesStoreContract {

    @TempDir
    static Path directory;

    private static Database database;

    @BeforeAll
    static void openDatabase() {
        database = TestDatabases.migratedH2(directory);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Override
    protected Stores emptyStores() {
        TestDatabases.deleteAllRows(database);
        return new Stores(new JooqComponentStore(database), new JooqComponentRulesStore(database));
    }
}
