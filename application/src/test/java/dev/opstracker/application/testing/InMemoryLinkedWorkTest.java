package dev.opstracker.application.testing;

final class InMemoryLinkedWorkTest extends LinkedWorkContract {

    @Override
    protected Stores emptyStores() {
        InMemoryTaskStore tasks = new InMemoryTaskStore();
        InMemoryComponentStore components = new InMemoryComponentStore();
        return new Stores(tasks, components, new InMemoryLinkedWork(tasks, components));
    }
}
