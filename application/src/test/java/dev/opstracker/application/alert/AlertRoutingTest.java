package dev.opstracker.application.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.InMemoryAlertRulesStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.alert.AlertRule;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.IntakePolicy;
import dev.opstracker.domain.alert.TaskDefaults;
import dev.opstracker.domain.alert.Threshold;
import dev.opstracker.domain.shared.DomainException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertRoutingTest {

    private static final AlertRules NAMED = new AlertRules(List.of(new AlertRule("named", Set.of(), List.of(), IntakePolicy.DEFAULT, Threshold.NONE,
            TaskDefaults.NONE)), AlertRule.CATCH_ALL);

    private final InMemoryAlertRulesStore store = new InMemoryAlertRulesStore();
    private final MutableClock clock = MutableClock.at("2026-11-20T10:00:00Z");
    private final AlertRouting routing = new AlertRouting(store, clock);

    @Test
    void aReplaceOnThisNodeIsFollowedAtOnce() {
        assertThat(routing.rules()).isEqualTo(AlertRules.DEFAULT);

        routing.replace(NAMED, OptionalLong.of(0));

        assertThat(routing.rules()).isEqualTo(NAMED);
        assertThat(routing.current().version()).isEqualTo(1);
    }

    @Test
    void aReplaceByAnotherNodeIsFollowedOnceTheKeptRulesAreOlderThanTheRefresh() {
        routing.rules();
        store.replace(NAMED, OptionalLong.empty());

        assertThat(routing.rules()).isEqualTo(AlertRules.DEFAULT);
        clock.advance(AlertRouting.REFRESH.plus(Duration.ofMillis(1)));
        assertThat(routing.rules()).isEqualTo(NAMED);
    }

    @Test
    void fixedRulesCannotBeReplaced() {
        AlertRouting fixed = AlertRouting.fixed(NAMED);

        assertThat(fixed.current().rules()).isEqualTo(NAMED);
        assertThatThrownBy(() -> fixed.replace(AlertRules.DEFAULT, OptionalLong.empty())).isInstanceOf(DomainException.Forbidden.class);
    }
}
