package dev.opstracker.persistence.alert;

import dev.opstracker.application.testing.AlertRulesStoreContract;
import dev.opstracker.application.testing.RegistryAlertRulesCodec;
import dev.opstracker.domain.alert.AlertRulesStore;
import dev.opstracker.persistence.H2PerClass;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The alert rules store contract on the embedded H2 database. */
final class JooqAlertRulesStoreH2Test extends AlertRulesStoreContract {

    @RegisterExtension
    static final H2PerClass H2 = new H2PerClass();

    @Override
    protected AlertRulesStore emptyStore() {
        return new JooqAlertRulesStore(H2.emptied(), new RegistryAlertRulesCodec());
    }
}
