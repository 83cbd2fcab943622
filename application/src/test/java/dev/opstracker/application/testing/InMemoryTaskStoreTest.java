package dev.opstracker.application.testing;

import dev.opstracker.domain.task.TaskStore;

class InMemoryTaskStoreTest extends TaskStoreListContract {

    @Override
    protected TaskStore emptyStore() {
        return new InMemoryTaskStore();
    }
}
