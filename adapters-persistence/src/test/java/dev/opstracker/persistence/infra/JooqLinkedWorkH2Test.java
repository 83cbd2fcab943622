package dev.opstracker.persistence.infra;

import dev.opstracker.application.testing.LinkedWorkContract;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.TestDatabases;
import dev.opstracker.persistence.task.JooqTaskStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The linked-work contract on the embedded H2 database, as {@code Database.embedded} opens it. */
final class JooqLinkedWorkH2Test extends LinkedWorkContract {

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
        return new Stores(new JooqTaskStore(database), new JooqComponentStore(database), new JooqLinkedWork(database));
    }
}
