package dev.opstracker.application.testing;

import dev.opstracker.domain.time.BillingStore;

class InMemoryBillingStoreTest extends BillingStoreContract {

    @Override
    protected BillingStore emptyStore() {
        return new InMemoryBillingStore();
    }
}
