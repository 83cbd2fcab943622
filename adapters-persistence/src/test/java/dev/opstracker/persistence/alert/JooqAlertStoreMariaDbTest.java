package dev.opstracker.persistence.alert;

import dev.opstracker.application.testing.AlertStoreContract;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.task.TaskStore;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.MariaDbPerClass;
import dev.opstracker.persistence.MariaDbTestDatabase;
import dev.opstracker.persistence.task.JooqTaskStore;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The alert store contract on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
final class JooqAlertStoreMariaDbTest extends AlertStoreContract {

    @RegisterExtension
    static final MariaDbPerClass MARIA_DB = new MariaDbPerClass();

    private Database database;

    @Override
    protected AlertStore emptyStore() {
        database = MARIA_DB.emptied();
        return new JooqAlertStore(database);
    }

    @Override
    protected TaskStore taskStore() {
        return new JooqTaskStore(database);
    }
}
