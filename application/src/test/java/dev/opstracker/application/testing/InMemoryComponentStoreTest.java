package dev.opstracker.application.testing;

import dev.opstracker.domain.infra.ComponentStore;

class InMemoryComponentStoreTest extends ComponentStoreContract {

    @Override
    protected ComponentStore emptyStore() {
        return new InMemoryComponentStore();
    }
}
