package dev.opstracker.persistence;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated MariaDB database of the test class's own, made before its first test and dropped
 * after its last. Register it as a static field with {@code @RegisterExtension} on a class that
 * runs only when {@value MariaDbTestDatabase#URL_VARIABLE} is set.
 */
public final class MariaDbPerClass implements BeforeAllCallback, AfterAllCallback {

    private MariaDbTestDatabase mariaDb;

    @Override
    public void beforeAll(ExtensionContext context) {
        mariaDb = MariaDbTestDatabase.createMigrated();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (mariaDb != null) {
            mariaDb.close();
        }
    }

    /** The class's database with every row deleted, for a test that starts from empty stores. */
    public Database emptied() {
        TestDatabases.deleteAllRows(mariaDb.database());
        return mariaDb.database();
    }
}
