package dev.opstracker.persistence.time;

import dev.opstracker.application.testing.BillingStoreContract;
import dev.opstracker.domain.time.BillingStore;
import dev.opstracker.persistence.H2PerClass;
import java.time.InstantSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The billing store contract on the embedded H2 database. */
final class JooqBillingStoreH2Test extends BillingStoreContract {

    @RegisterExtension
    static final H2PerClass H2 = new H2PerClass();

    @Override
    protected BillingStore emptyStore() {
        return new JooqBillingStore(H2.emptied(), InstantSource.system());
    }
}
