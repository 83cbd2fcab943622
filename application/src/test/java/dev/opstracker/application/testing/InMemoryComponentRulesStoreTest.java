package dev.opstracker.application.testing;

class InMemoryComponentRulesStoreTest extends ComponentRulesStoreContract {

    @Override
    protected Stores emptyStores() {
        InMemoryComponentStore components = new InMemoryComponentStore();
        return new Stores(components, new InMemoryComponentRulesStore(components));
    }
}
