package dev.opstracker.persistence.audit;

import dev.opstracker.application.testing.AuditStoreContract;
import dev.opstracker.domain.audit.AuditStore;
import dev.opstracker.persistence.H2PerClass;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit store contract on the embedded H2 database. */
final class JooqAuditStoreH2Test extends AuditStoreContract {

    @RegisterExtension
    static final H2PerClass H2 = new H2PerClass();

    @Override
    protected AuditStore emptyStore() {
        return new JooqAuditStore(H2.emptied());
    }
}
