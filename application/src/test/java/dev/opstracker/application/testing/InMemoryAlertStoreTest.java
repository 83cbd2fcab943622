package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.task.TaskStore;
import org.junit.jupiter.api.Test;

class InMemoryAlertStoreTest extends AlertStoreContract {

    private InMemoryTaskStore taskStore;
    private InMemoryAlertStore alertStore;

    @Override
    protected AlertStore emptyStore() {
        taskStore = new InMemoryTaskStore();
        alertStore = new InMemoryAlertStore(taskStore);
        return alertStore;
    }

    @Override
    protected TaskStore taskStore() {
        return taskStore;
    }

    @Test
    void theKeptBodyHasItsSecretsMasked() {
        receive(firing("fp-1", 1));

        assertThat(alertStore.deliveries()).singleElement().satisfies(delivery -> {
            assertThat(delivery.body()).isEqualTo("{\"password\":\"****\"}");
            assertThat(delivery.size()).isEqualTo(23);
            assertThat(delivery.truncated()).isFalse();
        });
    }
}
