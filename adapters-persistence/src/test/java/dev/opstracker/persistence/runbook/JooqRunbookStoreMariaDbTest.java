package dev.opstracker.persistence.runbook;

import dev.opstracker.application.testing.RunbookStoreContract;
import dev.opstracker.domain.runbook.RunbookStore;
import dev.opstracker.persistence.MariaDbPerClass;
import dev.opstracker.persistence.MariaDbTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The runbook store contract on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
final class JooqRunbookStoreMariaDbTest extends RunbookStoreContract {

    @RegisterExtension
    static final MariaDbPerClass MARIA_DB = new MariaDbPerClass();

    @Override
    protected RunbookStore emptyStore() {
        return new JooqRunbookStore(MARIA_DB.emptied(), RunbookStoreContract::readDocument);
    }
}
