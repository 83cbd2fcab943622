package dev.opstracker.application.testing;

import dev.opstracker.domain.time.TimeEntryStore;

class InMemoryTimeEntryStoreTest extends TimeEntryStoreContract {

    @Override
    protected TimeEntryStore emptyStore() {
        return new InMemoryTimeEntryStore();
    }
}
