package dev.opstracker.persistence.time;

import dev.opstracker.application.testing.BillingStoreContract;
import dev.opstracker.domain.time.BillingStore;
import dev.opstracker.persistence.MariaDbPerClass;
import dev.opstracker.persistence.MariaDbTestDatabase;
import java.time.InstantSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The billing store contract on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
final class JooqBillingStoreMariaDbTest extends BillingStoreContract {

    @RegisterExtension
    static final MariaDbPerClass MARIA_DB = new MariaDbPerClass();

    @Override
    protected BillingStore emptyStore() {
        return new JooqBillingStore(MARIA_DB.emptied(), InstantSource.system());
    }
}
