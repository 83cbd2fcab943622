package dev.opstracker.persistence.infra;

import dev.opstracker.application.testing.ComponentRulesStoreContract;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.H2PerClass;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The kinds and parenting rules store contract on the embedded H2 database. */
final class JooqComponentRulesStoreH2Test extends ComponentRulesStoreContract {

    @RegisterExtension
    static final H2PerClass H2 = new H2PerClass();

    @Override
    protected Stores emptyStores() {
        Database database = H2.emptied();
        return new Stores(new JooqComponentStore(database), new JooqComponentRulesStore(database));
    }
}
