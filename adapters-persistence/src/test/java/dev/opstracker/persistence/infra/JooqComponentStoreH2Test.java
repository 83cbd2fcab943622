package dev.opstracker.persistence.infra;

import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The component store contract on the embedded H2 database, as {@code Database.embedded} opens it. */
final class JooqComponentStoreH2Test extends JooqComponentStoreContract {

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
    protected ComponentStore emptyStore() {
        TestDatabases.deleteAllRows(database);
        return new JooqComponentStore(database);
    }
}
