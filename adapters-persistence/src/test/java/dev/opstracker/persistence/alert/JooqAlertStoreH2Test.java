package dev.opstracker.persistence.alert;

import dev.opstracker.application.testing.AlertStoreContract;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.task.TaskStore;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.H2PerClass;
import dev.opstracker.persistence.task.JooqTaskStore;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The alert store contract on the embedded H2 database. */
final class JooqAlertStoreH2Test extends AlertStoreContract {

    @RegisterExtension
    static final H2PerClass H2 = new H2PerClass();

    private Database database;

    @Override
    protected AlertStore emptyStore() {
        database = H2.emptied();
        return new JooqAlertStore(database);
    }

    @Override
    protected TaskStore taskStore() {
        return new JooqTaskStore(database);
    }
}
