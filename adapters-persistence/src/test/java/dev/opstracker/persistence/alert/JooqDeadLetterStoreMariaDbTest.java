package dev.opstracker.persistence.alert;

import dev.opstracker.application.testing.DeadLetterStoreContract;
import dev.opstracker.domain.alert.DeadLetterStore;
import dev.opstracker.persistence.MariaDbPerClass;
import dev.opstracker.persistence.MariaDbTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dead-letter store contract on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
final class JooqDeadLetterStoreMariaDbTest extends DeadLetterStoreContract {

    @RegisterExtension
    static final MariaDbPerClass MARIA_DB = new MariaDbPerClass();

    @Override
    protected DeadLetterStore emptyStore() {
        return new JooqDeadLetterStore(MARIA_DB.emptied());
    }
}
