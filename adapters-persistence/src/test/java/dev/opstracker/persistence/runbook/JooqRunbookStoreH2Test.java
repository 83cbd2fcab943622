package dev.opstracker.persistence.runbook;

import dev.opstracker.application.testing.RunbookStoreContract;
import dev.opstracker.domain.runbook.RunbookStore;
import dev.opstracker.persistence.H2PerClass;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The runbook store contract on the embedded H2 database. */
final class JooqRunbookStoreH2Test extends RunbookStoreContract {

    @RegisterExtension
    static final H2PerClass H2 = new H2PerClass();

    @Override
    protected RunbookStore emptyStore() {
        return new JooqRunbookStore(H2.emptied(), RunbookStoreContract::readDocument);
    }
}
