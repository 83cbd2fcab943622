package dev.opstracker.application.alert;

import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.application.testing.InMemoryAuditStore;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.audit.AuditEntry;

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
    private final InMemoryAuditStore audit = new InMemoryAuditStore();
    private final AlertRouting routing = new AlertRouting(store, new AuditLog(audit, clock), clock);

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
    void aReplaceIsRecordedInTheAuditLogWithItsActorTheNewVersionAndTheRulesNames() {
        routing.replace(Actor.token("ops admin", 3), NAMED, OptionalLong.empty());
        routing.replace(AlertRules.DEFAULT, OptionalLong.of(1));

        assertThat(audit.all()).extracting(AuditEntry::actor).containsExactly(Actor.token("ops admin", 3), Actor.LIBRARY);
        assertThat(audit.all()).extracting(AuditEntry::action).containsOnly(AuditAction.ALERT_RULES_CHANGED);
        assertThat(audit.all()).extracting(AuditEntry::detail)
                .containsExactly("version 1: 1 rules (named) and the default route", "version 2: 0 rules () and the default route");
    }

    @Test
    void aStaleReplaceChangesNothingAndRecordsNothing() {
        routing.replace(NAMED, OptionalLong.empty());

        assertThatThrownBy(() -> routing.replace(AlertRules.DEFAULT, OptionalLong.of(0))).isInstanceOf(DomainException.Conflict.class);
        assertThat(audit.all()).hasSize(1);
    }

    @Test
    void fixedRulesCannotBeReplaced() {
        AlertRouting fixed = AlertRouting.fixed(NAMED);

        assertThat(fixed.current().rules()).isEqualTo(NAMED);
        assertThatThrownBy(() -> fixed.replace(AlertRules.DEFAULT, OptionalLong.empty())).isInstanceOf(DomainException.Forbidden.class);
    }
}
