package dev.opstracker.persistence.alert;

import dev.opstracker.application.testing.DeadLetterStoreContract;
import dev.opstracker.domain.alert.DeadLetterStore;
import dev.opstracker.persistence.H2PerClass;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dead-letter store contract on the embedded H2 database. */
final class JooqDeadLetterStoreH2Test extends DeadLetterStoreContract {

    @RegisterExtension
    static final H2PerClass H2 = new H2PerClass();

    @Override
    protected DeadLetterStore emptyStore() {
        return new JooqDeadLetterStore(H2.emptied());
    }
}
