package dev.opstracker.application.testing;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.AlertRulesStore;
import dev.opstracker.domain.shared.DomainException;
import java.util.OptionalLong;

/** Alert rules in a field, for use-case tests. */
public final class InMemoryAlertRulesStore implements AlertRulesStore {

    private Versioned stored = new Versioned(AlertRules.DEFAULT, 0);

    @Override
    public synchronized Versioned current() {
        return stored;
    }

    @Override
    public synchronized Versioned replace(AlertRules rules, OptionalLong expectedVersion) {
        requireNonNull(rules, "rules is null");
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != stored.version()) {
            throw DomainException.Conflict.staleVersion("alert rules", "document", expectedVersion.getAsLong(), stored.version());
        }
        stored = new Versioned(rules, stored.version() + 1);
        return stored;
    }
}
