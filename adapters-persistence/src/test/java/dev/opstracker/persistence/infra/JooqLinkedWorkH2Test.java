package dev.opstracker.persistence.infra;

import dev.opstracker.application.testing.LinkedWorkContract;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.H2PerClass;
import dev.opstracker.persistence.task.JooqTaskStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The linked-work contract on the embedded H2 database, as {@code Database.embedded} opens it. */
final class JooqLinkedWorkH2Test extends LinkedWorkContract {

    @RegisterExtension
    static final H2PerClass H2 = new H2PerClass();

    @Override
    protected Stores emptyStores() {
        Database database = H2.emptied();
        return new Stores(new JooqTaskStore(database), new JooqComponentStore(database), new JooqLinkedWork(database));
    }
}
