package dev.opstracker.persistence.time;

import dev.opstracker.application.testing.TimeEntryStoreContract;
import dev.opstracker.domain.time.TimeEntryStore;
import dev.opstracker.persistence.H2PerClass;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The time entry store contract on the embedded H2 database. */
final class JooqTimeEntryStoreH2Test extends TimeEntryStoreContract {

    @RegisterExtension
    static final H2PerClass H2 = new H2PerClass();

    @Override
    protected TimeEntryStore emptyStore() {
        return new JooqTimeEntryStore(H2.emptied());
    }
}
