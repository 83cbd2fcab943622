package dev.opstracker.application.testing;

import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.runbook.RunbookStore;

/** The runbook store contract on the in-memory fake other tests use. */
final class InMemoryRunbookStoreTest extends RunbookStoreContract {

    private InMemoryRunbookStore store;

    @Override
    protected RunbookStore emptyStore() {
        store = new InMemoryRunbookStore();
        return store;
    }

    @Override
    protected boolean deleteRunbook(RunbookSlug slug) {
        return store.deleteBehindTheStore(slug);
    }
}
