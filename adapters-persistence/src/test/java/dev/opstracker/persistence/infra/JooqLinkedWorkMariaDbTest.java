package dev.opstracker.persistence.infra;

import dev.opstracker.application.testing.LinkedWorkContract;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.MariaDbPerClass;
import dev.opstracker.persistence.MariaDbTestDatabase;
import dev.opstracker.persistence.task.JooqTaskStore;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The linked-work contract on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
final class JooqLinkedWorkMariaDbTest extends LinkedWorkContract {

    @RegisterExtension
    static final MariaDbPerClass MARIA_DB = new MariaDbPerClass();

    @Override
    protected Stores emptyStores() {
        Database database = MARIA_DB.emptied();
        return new Stores(new JooqTaskStore(database), new JooqComponentStore(database), new JooqLinkedWork(database));
    }
}
