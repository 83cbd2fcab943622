package dev.opstracker.persistence.command;

import dev.opstracker.application.testing.CommandRunStoreContract;
import dev.opstracker.domain.command.CommandRunStore;
import dev.opstracker.domain.command.OutputStore;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.MariaDbPerClass;
import dev.opstracker.persistence.MariaDbTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The command run store contract on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
final class JooqCommandRunStoreMariaDbTest extends CommandRunStoreContract {

    @RegisterExtension
    static final MariaDbPerClass MARIA_DB = new MariaDbPerClass();

    private Database database;

    @Override
    protected CommandRunStore emptyRunStore() {
        database = MARIA_DB.emptied();
        return new JooqCommandRunStore(database);
    }

    @Override
    protected OutputStore outputStore() {
        return new JooqOutputStore(database);
    }
}
