package dev.opstracker.persistence.alert;

import dev.opstracker.application.testing.AlertRulesStoreContract;
import dev.opstracker.application.testing.RegistryAlertRulesCodec;
import dev.opstracker.domain.alert.AlertRulesStore;
import dev.opstracker.persistence.MariaDbPerClass;
import dev.opstracker.persistence.MariaDbTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The alert rules store contract on a MariaDB database of its own; runs when the test server is configured. */
@EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
final class JooqAlertRulesStoreMariaDbTest extends AlertRulesStoreContract {

    @RegisterExtension
    static final MariaDbPerClass MARIA_DB = new MariaDbPerClass();

    @Override
    protected AlertRulesStore emptyStore() {
        return new JooqAlertRulesStore(MARIA_DB.emptied(), new RegistryAlertRulesCodec());
    }
}
