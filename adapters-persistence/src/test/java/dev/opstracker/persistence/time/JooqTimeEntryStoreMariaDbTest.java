package dev.opstracker.persistence.time;

import dev.opstracker.application.testing.TimeEntryStoreContract;
import dev.opstracker.domain.time.TimeEntryStore;
import dev.opstracker.persistence.MariaDbPerClass;
import dev.opstracker.persistence.MariaDbTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The time entry store contract on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
final class JooqTimeEntryStoreMariaDbTest extends TimeEntryStoreContract {

    @RegisterExtension
    static final MariaDbPerClass MARIA_DB = new MariaDbPerClass();

    @Override
    protected TimeEntryStore emptyStore() {
        return new JooqTimeEntryStore(MARIA_DB.emptied());
    }
}
