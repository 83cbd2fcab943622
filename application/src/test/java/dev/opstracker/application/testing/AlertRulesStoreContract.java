package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.alert.AlertRule;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.AlertRulesStore;
import dev.opstracker.domain.alert.IntakePolicy;
import dev.opstracker.domain.alert.LabelMatcher;
import dev.opstracker.domain.alert.TaskDefaults;
import dev.opstracker.domain.alert.Threshold;
import dev.opstracker.domain.shared.DomainException;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AlertRulesStore} must do. */
public abstract class AlertRulesStoreContract {

    protected AlertRulesStore store;

    protected abstract AlertRulesStore emptyStore();

    @BeforeEach
    void startEmpty() {
        store = emptyStore();
    }

    @Test
    void aStoreThatWasNeverGivenRulesHasTheDefaultsAtVersionZero() {
        assertThat(store.current()).isEqualTo(new AlertRulesStore.Versioned(AlertRules.DEFAULT, 0));
    }

    @Test
    void replacedRulesAreReadBackWithTheNextVersion() {
        AlertRules rules = new AlertRules(List.of(new AlertRule("disks", Set.of(), List.of(LabelMatcher.parse("m", "alertname=HighDiskUsage")),
                IntakePolicy.DEFAULT, Threshold.NONE, TaskDefaults.NONE)), AlertRule.CATCH_ALL);

        AlertRulesStore.Versioned first = store.replace(rules, OptionalLong.empty());
        AlertRulesStore.Versioned second = store.replace(AlertRules.DEFAULT, OptionalLong.of(first.version()));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(store.current()).isEqualTo(second);
    }

    @Test
    void aReplaceNamingAnOlderVersionIsAStaleVersionConflictAndChangesNothing() {
        store.replace(AlertRules.DEFAULT, OptionalLong.empty());

        assertThatThrownBy(() -> store.replace(AlertRules.DEFAULT, OptionalLong.of(0)))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.isStaleVersion()).isTrue());
        assertThat(store.current().version()).isEqualTo(1);
    }
}
