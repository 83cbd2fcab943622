package dev.opstracker.application.testing;

import dev.opstracker.domain.audit.AuditStore;

/** The audit store contract on the in-memory fake other tests use. */
final class InMemoryAuditStoreTest extends AuditStoreContract {

    @Override
    protected AuditStore emptyStore() {
        return new InMemoryAuditStore();
    }
}
