package dev.opstracker.application.testing;

import dev.opstracker.domain.alert.AlertRulesStore;

class InMemoryAlertRulesStoreTest extends AlertRulesStoreContract {

    @Override
    protected AlertRulesStore emptyStore() {
        return new InMemoryAlertRulesStore();
    }
}
