package dev.opstracker.persistence.security;

import dev.opstracker.domain.security.TokenStore;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The token store contract on the embedded H2 database. */
final class JooqTokenStoreH2Test extends JooqTokenStoreContract {

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
    protected TokenStore emptyStore() {
        TestDatabases.deleteAllRows(database);
        return new JooqTokenStore(database);
    }
}
