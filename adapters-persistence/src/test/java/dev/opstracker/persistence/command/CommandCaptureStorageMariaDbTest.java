package dev.opstracker.persistence.command;

import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.MariaDbPerClass;
import dev.opstracker.persistence.MariaDbTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Command capture storage on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
final class CommandCaptureStorageMariaDbTest extends CommandCaptureStorageContract {

    @RegisterExtension
    static final MariaDbPerClass MARIA_DB = new MariaDbPerClass();

    @Override
    protected Database emptyDatabase() {
        return MARIA_DB.emptied();
    }
}
