package dev.opstracker.persistence.infra;

import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.persistence.H2PerClass;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The component store contract on the embedded H2 database, as {@code Database.embedded} opens it. */
final class JooqComponentStoreH2Test extends JooqComponentStoreContract {

    @RegisterExtension
    static final H2PerClass H2 = new H2PerClass();

    @Override
    protected ComponentStore emptyStore() {
        return new JooqComponentStore(H2.emptied());
    }
}
