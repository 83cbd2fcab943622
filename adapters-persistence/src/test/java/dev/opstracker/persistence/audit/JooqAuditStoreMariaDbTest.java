package dev.opstracker.persistence.audit;

import dev.opstracker.application.testing.AuditStoreContract;
import dev.opstracker.domain.audit.AuditStore;
import dev.opstracker.persistence.MariaDbPerClass;
import dev.opstracker.persistence.MariaDbTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit store contract on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
final class JooqAuditStoreMariaDbTest extends AuditStoreContract {

    @RegisterExtension
    static final MariaDbPerClass MARIA_DB = new MariaDbPerClass();

    @Override
    protected AuditStore emptyStore() {
        return new JooqAuditStore(MARIA_DB.emptied());
    }
}
