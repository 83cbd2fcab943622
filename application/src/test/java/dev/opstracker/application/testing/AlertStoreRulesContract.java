package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertRule;
import dev.opstracker.domain.alert.AlertRules;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.alert.IntakePolicy;
import dev.opstracker.domain.alert.LabelMatcher;
import dev.opstracker.domain.alert.TaskDefaults;
import dev.opstracker.domain.alert.Threshold;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.task.TaskStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AlertStore} must do with storms (grouping keys) and with rules (thresholds,
 * task defaults). {@link AlertStoreContract} runs these; each starts from the stores that contract set up.
 */
interface AlertStoreRulesContract {

    AlertStore storeUnderTest();

    TaskStore tasksUnderTest();

    MutableClock clockUnderTest();

    /** Delivers the alerts as one Alertmanager delivery through the default rules. */
    List<AlertOutcome> receive(Alert... alerts);

    @Test
    default void aStormOfProblemsWithOneGroupingKeyFoldsIntoOneTaskThatClosesWhenTheLastIsResolved() {
        List<AlertOutcome> storm = receive(AlertStoreContract.stormAlert("NodeDown", "node-1", "f", AlertStatus.FIRING),
                AlertStoreContract.stormAlert("NodeDown", "node-2", "f", AlertStatus.FIRING), AlertStoreContract.stormAlert("NodeDown", "node-3", "f", AlertStatus.FIRING));
        AlertOutcome other = receive(AlertStoreContract.stormAlert("HighLatency", "api", "f", AlertStatus.FIRING)).get(0);

        assertThat(storm).extracting(AlertOutcome::kind).containsExactly(AlertOutcome.Kind.OPENED, AlertOutcome.Kind.GROUPED, AlertOutcome.Kind.GROUPED);
        assertThat(storm).extracting(AlertOutcome::taskId).containsOnly(storm.get(0).taskId());
        assertThat(other.taskId()).isNotEqualTo(storm.get(0).taskId());
        assertThat(storeUnderTest().incidentsOf(storm.get(0).taskId())).extracting(Incident::dedupKey).containsExactly("node-1", "node-2", "node-3");

        receive(AlertStoreContract.stormAlert("NodeDown", "node-1", "r", AlertStatus.RESOLVED), AlertStoreContract.stormAlert("NodeDown", "node-2", "r", AlertStatus.RESOLVED));
        assertThat(tasksUnderTest().find(storm.get(0).taskId()).orElseThrow().status()).isEqualTo(TaskStatus.OPEN);
        receive(AlertStoreContract.stormAlert("NodeDown", "node-3", "r", AlertStatus.RESOLVED));
        assertThat(tasksUnderTest().find(storm.get(0).taskId()).orElseThrow().status()).isEqualTo(TaskStatus.DONE);

        AlertOutcome afterwards = receive(AlertStoreContract.stormAlert("NodeDown", "node-4", "f", AlertStatus.FIRING)).get(0);
        assertThat(afterwards.kind()).isEqualTo(AlertOutcome.Kind.OPENED);
        assertThat(afterwards.taskId()).isNotEqualTo(storm.get(0).taskId());
    }

    @Test
    default void aProblemArrivingAfterTheStormsWindowStartsANewTask() {
        AlertOutcome first = receive(AlertStoreContract.stormAlert("NodeDown", "node-1", "f", AlertStatus.FIRING)).get(0);
        clockUnderTest().advance(IntakePolicy.DEFAULT_GROUP_WINDOW.plusSeconds(1));
        AlertOutcome late = receive(AlertStoreContract.stormAlert("NodeDown", "node-2", "f", AlertStatus.FIRING)).get(0);
        AlertOutcome joined = receive(AlertStoreContract.stormAlert("NodeDown", "node-3", "f", AlertStatus.FIRING)).get(0);

        assertThat(late.kind()).isEqualTo(AlertOutcome.Kind.OPENED);
        assertThat(late.taskId()).isNotEqualTo(first.taskId());
        assertThat(joined.kind()).isEqualTo(AlertOutcome.Kind.GROUPED);
        assertThat(joined.taskId()).isEqualTo(late.taskId());
    }

    @Test
    default void aNewMemberOfAStormReopensItsTaskIfSomeoneClosedIt() {
        AlertOutcome first = receive(AlertStoreContract.stormAlert("NodeDown", "node-1", "f", AlertStatus.FIRING)).get(0);
        Task task = tasksUnderTest().find(first.taskId()).orElseThrow();
        Task.StatusChange done = task.moveTo(TaskStatus.DONE, "looked fine", clockUnderTest().instant());
        tasksUnderTest().update(done.task(), List.of(done.event()));

        AlertOutcome joined = receive(AlertStoreContract.stormAlert("NodeDown", "node-2", "f", AlertStatus.FIRING)).get(0);

        assertThat(joined.taskId()).isEqualTo(first.taskId());
        assertThat(tasksUnderTest().find(first.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    default void concurrentFirstFiringsOfOneStormOpenExactlyOneTask() throws Exception {
        int senders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<AlertOutcome>> results = new ArrayList<>();
            for (int n = 0; n < senders; n++) {
                String node = "node-" + n;
                results.add(pool.submit(() -> receive(AlertStoreContract.stormAlert("NodeDown", node, "f", AlertStatus.FIRING)).get(0)));
            }
            List<AlertOutcome> outcomes = new ArrayList<>();
            for (Future<AlertOutcome> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(outcome -> outcome.kind() == AlertOutcome.Kind.OPENED).hasSize(1);
            assertThat(outcomes).extracting(AlertOutcome::taskId).containsOnly(outcomes.get(0).taskId());
            assertThat(storeUnderTest().incidentsOf(outcomes.get(0).taskId())).hasSize(senders);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void belowItsRulesThresholdAProblemIsKeptPendingAndGetsItsTaskOnTheNthFiring() {
        AlertIntake flapping = withRule(new Threshold(3, Duration.ofMinutes(10)), TaskDefaults.NONE);
        AlertOutcome first = flapping.receive(AlertSource.ALERTMANAGER, new byte[0], List.of(AlertStoreContract.firing("fp-1", 1))).get(0);
        AlertOutcome second = flapping.receive(AlertSource.ALERTMANAGER, new byte[0], List.of(AlertStoreContract.firing("fp-1", 2))).get(0);

        assertThat(List.of(first.kind(), second.kind())).containsOnly(AlertOutcome.Kind.PENDING);
        assertThat(first.taskId()).isNull();
        Incident pending = storeUnderTest().findOpen(AlertSource.ALERTMANAGER, "", "fp-1").orElseThrow();
        assertThat(pending.isPending()).isTrue();
        assertThat(pending.occurrences()).isEqualTo(2);
        assertThat(storeUnderTest().deliveryCount()).isEqualTo(2);
        flapping.receive(AlertSource.ALERTMANAGER, new byte[0], List.of(AlertStoreContract.firing("fp-2", 1)));
        assertThat(flapping.pending(PageRequest.first(1)).items()).extracting(Incident::dedupKey).containsExactly("fp-1");
        assertThat(flapping.pending(new PageRequest(1, flapping.pending(PageRequest.first(1)).next())).items()).extracting(Incident::dedupKey)
                .containsExactly("fp-2");

        AlertOutcome third = flapping.receive(AlertSource.ALERTMANAGER, new byte[0], List.of(AlertStoreContract.firing("fp-1", 3))).get(0);

        assertThat(third.kind()).isEqualTo(AlertOutcome.Kind.OPENED);
        assertThat(third.incidentId()).isEqualTo(first.incidentId());
        assertThat(storeUnderTest().findOpen(AlertSource.ALERTMANAGER, "", "fp-1").orElseThrow().taskId()).isEqualTo(third.taskId());
        assertThat(tasksUnderTest().find(third.taskId())).isPresent();
        assertThat(flapping.pending(PageRequest.firstDefault()).items()).extracting(Incident::dedupKey).containsExactly("fp-2");
    }

    @Test
    default void aPendingProblemResolvedBeforeItsThresholdEndsWithoutATask() {
        AlertIntake flapping = withRule(new Threshold(5, Duration.ofMinutes(10)), TaskDefaults.NONE);
        flapping.receive(AlertSource.ALERTMANAGER, new byte[0], List.of(AlertStoreContract.firing("fp-1", 1)));

        AlertOutcome resolved = flapping.receive(AlertSource.ALERTMANAGER, new byte[0], List.of(AlertStoreContract.alert("fp-1", "r", AlertStatus.RESOLVED, AlertStoreContract.STARTED, null)))
                .get(0);

        assertThat(resolved.kind()).isEqualTo(AlertOutcome.Kind.RESOLVED);
        assertThat(resolved.taskId()).isNull();
        assertThat(resolved.reason()).contains("pending");
        assertThat(storeUnderTest().findOpen(AlertSource.ALERTMANAGER, "", "fp-1")).isEmpty();
    }

    @Test
    default void aRulesTaskDefaultsGoOntoTheTasksItOpens() {
        AlertIntake acme = withRule(Threshold.NONE, new TaskDefaults("marcus", BillingCode.parseOptional("client", "ACME"), null));

        AlertOutcome opened = acme.receive(AlertSource.ALERTMANAGER, new byte[0], List.of(AlertStoreContract.firing("fp-1", 1))).get(0);

        Task task = tasksUnderTest().find(opened.taskId()).orElseThrow();
        assertThat(task.details().assignee()).isEqualTo("marcus");
        assertThat(task.details().client().value()).isEqualTo("ACME");
    }

    private AlertIntake withRule(Threshold threshold, TaskDefaults defaults) {
        AlertRule rule = new AlertRule("test", Set.of(AlertSource.ALERTMANAGER), List.of(LabelMatcher.parse("matchers", "alertname=~Disk-.*")),
                IntakePolicy.DEFAULT, threshold, defaults);
        return new AlertIntake(storeUnderTest(), clockUnderTest(), new AlertRules(List.of(rule), AlertRule.CATCH_ALL));
    }
}
