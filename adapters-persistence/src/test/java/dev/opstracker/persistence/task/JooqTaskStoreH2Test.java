package dev.opstracker.persistence.task;

import dev.opstracker.domain.task.TaskStore;
import dev.opstracker.persistence.H2PerClass;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The task store contract on the embedded H2 database, as {@code Database.embedded} opens it. */
final class JooqTaskStoreH2Test extends JooqTaskStoreContract {

    @RegisterExtension
    static final H2PerClass H2 = new H2PerClass();

    @Override
    protected TaskStore emptyStore() {
        return new JooqTaskStore(H2.emptied());
    }
}
