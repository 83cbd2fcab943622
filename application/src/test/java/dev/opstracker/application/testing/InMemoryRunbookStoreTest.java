package dev.opstracker.application.testing;

import dev.opstracker.domain.runbook.RunbookStore;

/** The runbook store contract on the in-memory fake other tests use. */
final class InMemoryRunbookStoreTest extends RunbookStoreContract {

    @Override
    protected RunbookStore emptyStore() {
        return new InMemoryRunbookStore();
    }
}
