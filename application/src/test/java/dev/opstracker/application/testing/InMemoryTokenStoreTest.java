package dev.opstracker.application.testing;

import dev.opstracker.domain.security.TokenStore;

class InMemoryTokenStoreTest extends TokenStoreContract {

    @Override
    protected TokenStore emptyStore() {
        return new InMemoryTokenStore();
    }
}
