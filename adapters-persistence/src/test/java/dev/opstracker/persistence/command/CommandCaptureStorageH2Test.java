package dev.opstracker.persistence.command;

import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.H2PerClass;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Command capture storage on the embedded H2 database. */
final class CommandCaptureStorageH2Test extends CommandCaptureStorageContract {

    @RegisterExtension
    static final H2PerClass H2 = new H2PerClass();

    @Override
    protected Database emptyDatabase() {
        return H2.emptied();
    }
}
