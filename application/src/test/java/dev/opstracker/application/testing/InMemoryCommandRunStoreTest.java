package dev.opstracker.application.testing;

import dev.opstracker.domain.command.CommandRunStore;
import dev.opstracker.domain.command.OutputStore;

class InMemoryCommandRunStoreTest extends CommandRunStoreContract {

    @Override
    protected CommandRunStore emptyRunStore() {
        return new InMemoryCommandRunStore();
    }

    @Override
    protected OutputStore outputStore() {
        return new InMemoryOutputStore();
    }
}
