package dev.opstracker.persistence.security;

import dev.opstracker.domain.security.TokenStore;
import dev.opstracker.persistence.H2PerClass;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The token store contract on the embedded H2 database. */
final class JooqTokenStoreH2Test extends JooqTokenStoreContract {

    @RegisterExtension
    static final H2PerClass H2 = new H2PerClass();

    @Override
    protected TokenStore emptyStore() {
        return new JooqTokenStore(H2.emptied());
    }
}
