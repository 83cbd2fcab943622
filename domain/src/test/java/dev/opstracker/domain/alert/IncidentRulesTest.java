package dev.opstracker.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:05:00Z");
    private static final TaskId TASK = TaskId.of(42);

    @Test
    void theFirstFiringOfAKeyOpensATaskTitledBySummaryWithPriorityFromSeverity() {
        IncidentDecision decision = IncidentRules.decide(Alerts.firing("fp1"), Optional.empty(), Optional.empty(), AlertRule.CATCH_ALL, NOW);

        assertThat(decision).isInstanceOfSatisfying(IncidentDecision.Open.class, open -> {
            assertThat(open.task().title()).isEqualTo("Disk almost full on node-7");
            assertThat(open.task().priority()).isEqualTo(Priority.P1);
            assertThat(open.task().reporter()).isEqualTo("alertmanager");
            assertThat(open.task().attributes()).containsEntry("alertname", "HighDiskUsage").containsEntry("instance", "node-7:9100");
            assertThat(open.task().description()).contains("HighDiskUsage", "97% used", "http://prom:9090/graph");
        });
    }

    @Test
    void aMappingRuleOverridesTheDefaultPriorityOfASeverity() {
        IntakePolicy policy = new IntakePolicy(true, IntakePolicy.Refire.REOPEN, Map.of(Severity.CRITICAL, Priority.P2), List.of(), Duration.ZERO);
        IncidentDecision decision = IncidentRules.decide(Alerts.firing("fp1"), Optional.empty(), Optional.empty(), rule(policy), NOW);

        assertThat(((IncidentDecision.Open) decision).task().priority()).isEqualTo(Priority.P2);
    }

    @Test
    void aRepeatWhileOpenFoldsIntoTheIncidentCountingItAndNeverOpensASecondTask() {
        Incident open = opened();
        IncidentDecision decision = IncidentRules.decide(Alerts.firing("fp1"), Optional.of(open), Optional.empty(), AlertRule.CATCH_ALL, NOW);

        assertThat(decision).isInstanceOfSatisfying(IncidentDecision.Fold.class, fold -> {
            assertThat(fold.kind()).isEqualTo(AlertOutcome.Kind.FOLDED);
            assertThat(fold.updated().occurrences()).isEqualTo(2);
            assertThat(fold.updated().lastSeenAt()).isEqualTo(NOW);
            assertThat(fold.updated().taskId()).isEqualTo(TASK);
        });
    }

    @Test
    void anAcknowledgementMarksTheOpenIncidentAndAFollowingRepeatKeepsItAcknowledged() {
        Alert ack = Alerts.alert("fp1", AlertStatus.ACKNOWLEDGED, Alerts.STARTED, null);
        IncidentDecision.Fold acked = (IncidentDecision.Fold) IncidentRules.decide(ack, Optional.of(opened()), Optional.empty(), AlertRule.CATCH_ALL, NOW);
        IncidentDecision.Fold repeat = (IncidentDecision.Fold) IncidentRules.decide(Alerts.firing("fp1"), Optional.of(acked.updated()), Optional.empty(),
                AlertRule.CATCH_ALL, NOW);

        assertThat(acked.kind()).isEqualTo(AlertOutcome.Kind.ACKNOWLEDGED);
        assertThat(acked.updated().status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(repeat.updated().status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
    }

    @Test
    void aResolutionEndsTheIncidentAtTheSendersEndTimeAndAsksToCloseTheTask() {
        Instant ended = Instant.parse("2026-11-20T10:04:00Z");
        Alert resolved = Alerts.alert("fp1", AlertStatus.RESOLVED, Alerts.STARTED, ended);
        IncidentDecision decision = IncidentRules.decide(resolved, Optional.of(opened()), Optional.empty(), AlertRule.CATCH_ALL, NOW);

        assertThat(decision).isInstanceOfSatisfying(IncidentDecision.Resolve.class, resolve -> {
            assertThat(resolve.closeTask()).isTrue();
            assertThat(resolve.updated().isOpen()).isFalse();
            assertThat(resolve.updated().endsAt()).isEqualTo(ended);
            assertThat(resolve.updated().resolvedAt()).isEqualTo(NOW);
            assertThat(AlertTasks.resolutionNote(resolve.updated())).contains("resolved by alertmanager alert fp1");
        });
    }

    @Test
    void aResolutionCarryingAFutureEndTimeEndsTheIncidentNow() {
        Alert resolved = Alerts.alert("fp1", AlertStatus.RESOLVED, Alerts.STARTED, NOW.plusSeconds(3600));
        IncidentDecision.Resolve resolve = (IncidentDecision.Resolve) IncidentRules.decide(resolved, Optional.of(opened()), Optional.empty(),
                rule(new IntakePolicy(false, IntakePolicy.Refire.REOPEN, Map.of(), List.of(), Duration.ZERO)), NOW);

        assertThat(resolve.updated().endsAt()).isEqualTo(NOW);
        assertThat(resolve.closeTask()).isFalse();
    }

    @Test
    void resolvingOrAcknowledgingWhatIsNotOpenChangesNothing() {
        Alert resolved = Alerts.alert("fp1", AlertStatus.RESOLVED, Alerts.STARTED, NOW);
        Alert ack = Alerts.alert("fp1", AlertStatus.ACKNOWLEDGED, Alerts.STARTED, null);

        assertThat(IncidentRules.decide(resolved, Optional.empty(), Optional.empty(), AlertRule.CATCH_ALL, NOW))
                .isInstanceOfSatisfying(IncidentDecision.Ignore.class, ignore -> assertThat(ignore.reason()).contains("no open alert").contains("resolve"));
        assertThat(IncidentRules.decide(ack, Optional.empty(), Optional.of(resolvedIncident()), AlertRule.CATCH_ALL, NOW))
                .isInstanceOfSatisfying(IncidentDecision.Ignore.class, ignore -> assertThat(ignore.taskId()).isEqualTo(TASK));
    }

    @Test
    void aLateCopyOfAFiringThatWasResolvedAlreadyDoesNotReopen() {
        IncidentDecision decision = IncidentRules.decide(Alerts.firing("fp1"), Optional.empty(), Optional.of(resolvedIncident()), AlertRule.CATCH_ALL, NOW);

        assertThat(decision).isInstanceOfSatisfying(IncidentDecision.Ignore.class, ignore -> assertThat(ignore.reason()).contains("late copy"));
    }

    @Test
    void aReFireWithANewStartReopensTheEarlierTaskOrOpensANewOnePerRule() {
        Alert refire = Alerts.alert("fp1", AlertStatus.FIRING, Alerts.STARTED.plusSeconds(3600), null);

        assertThat(IncidentRules.decide(refire, Optional.empty(), Optional.of(resolvedIncident()), AlertRule.CATCH_ALL, NOW))
                .isEqualTo(new IncidentDecision.Reopen(TASK));
        assertThat(IncidentRules.decide(refire, Optional.empty(), Optional.of(resolvedIncident()),
                rule(new IntakePolicy(true, IntakePolicy.Refire.NEW_TASK, Map.of(), List.of(), Duration.ZERO)), NOW)).isInstanceOf(IncidentDecision.Open.class);
        assertThat(AlertTasks.refireNote(refire)).isEqualTo("alertmanager alert fp1 fired again");
    }

    @Test
    void aResolutionClosesOnlyATaskNobodyStarted() {
        assertThat(IncidentRules.resolutionCloses(true, TaskStatus.OPEN)).isTrue();
        assertThat(IncidentRules.resolutionCloses(true, TaskStatus.IN_PROGRESS)).isFalse();
        assertThat(IncidentRules.resolutionCloses(true, TaskStatus.BLOCKED)).isFalse();
        assertThat(IncidentRules.resolutionCloses(false, TaskStatus.OPEN)).isFalse();
    }

    @Test
    void labelsThatAreNotAttributeKeysStayOutOfAttributesAndLongValuesAreCut() {
        Alert alert = new Alert(AlertSource.GENERIC, null, "k", "e", AlertStatus.FIRING, Severity.INFO, "s",
                Map.of("__name__", "up", "host", "h".repeat(2000)), null, null, null, null, null);
        IncidentDecision.Open open = (IncidentDecision.Open) IncidentRules.decide(alert, Optional.empty(), Optional.empty(), AlertRule.CATCH_ALL, NOW);

        assertThat(open.task().attributes()).containsOnlyKeys("host");
        assertThat(open.task().attributes().get("host")).hasSize(1024);
        assertThat(AlertTasks.cut("ab\uD83D\uDE00", 3)).isEqualTo("ab");
    }

    private static Incident opened() {
        return Incident.opening(Alerts.firing("fp1"), TASK, Alerts.STARTED).withId(7);
    }

    private static Incident resolvedIncident() {
        Alert resolved = Alerts.alert("fp1", AlertStatus.RESOLVED, Alerts.STARTED, NOW);
        return ((IncidentDecision.Resolve) IncidentRules.decide(resolved, Optional.of(opened()), Optional.empty(), AlertRule.CATCH_ALL, NOW)).updated();
    }

    static AlertRule rule(IntakePolicy policy) {
        return new AlertRule("test", Set.of(), List.of(), policy, Threshold.NONE, TaskDefaults.NONE);
    }
}
