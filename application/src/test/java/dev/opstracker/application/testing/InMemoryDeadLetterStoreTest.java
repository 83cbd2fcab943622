package dev.opstracker.application.testing;

import dev.opstracker.domain.alert.DeadLetterStore;

class InMemoryDeadLetterStoreTest extends DeadLetterStoreContract {

    @Override
    protected DeadLetterStore emptyStore() {
        return new InMemoryDeadLetterStore();
    }
}
