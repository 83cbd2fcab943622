package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertOutcome;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.AlertStore;
import dev.opstracker.domain.alert.Incident;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskEvent;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.task.TaskStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AlertStore} must do, driven through {@link AlertIntake}. Subclasses supply an
 * empty alert store and the task store it writes tasks to.
 */
public abstract class AlertStoreContract implements AlertStoreRulesContract {

    protected static final Instant STARTED = Instant.parse("2026-11-20T10:00:00Z");

    protected AlertStore store;
    protected TaskStore tasks;
    protected MutableClock clock;
    protected AlertIntake intake;

    /** A fresh alert store with no deliveries, and the task store it uses. Called before every test. */
    protected abstract AlertStore emptyStore();

    protected abstract TaskStore taskStore();

    @BeforeEach
    void startEmpty() {
        store = emptyStore();
        tasks = taskStore();
        clock = MutableClock.at("2026-11-20T10:01:00Z");
        intake = new AlertIntake(store, clock);
    }

    @Test
    void theFirstFiringOpensATaskAndAnOpenIncidentAndTheDeliveryIsKept() {
        AlertOutcome outcome = receive(firing("fp-1", 1)).get(0);

        assertThat(outcome.kind()).isEqualTo(AlertOutcome.Kind.OPENED);
        Task task = tasks.find(outcome.taskId()).orElseThrow();
        assertThat(task.details().title()).isEqualTo("Disk almost full on node-7");
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        Incident open = store.findOpen(AlertSource.ALERTMANAGER, "", "fp-1").orElseThrow();
        assertThat(open.id()).isEqualTo(outcome.incidentId());
        assertThat(open.taskId()).isEqualTo(task.id());
        assertThat(open.startsAt()).isEqualTo(STARTED);
        assertThat(store.deliveryCount()).isEqualTo(1);
    }

    @Test
    void anIncidentKeepsTheAlertnameLabelOfItsAlertAndNoNameWhenTheAlertHadNone() {
        AlertOutcome named = receive(stormAlert("HighDiskUsage", "fp-1", "event-1", AlertStatus.FIRING)).get(0);
        Alert unnamed = firing("fp-2", 1);
        Map<String, String> labels = new TreeMap<>(unnamed.labels());
        labels.remove("alertname");
        receive(new Alert(unnamed.source(), unnamed.scope(), unnamed.dedupKey(), unnamed.eventKey(), unnamed.status(),
                unnamed.severity(), unnamed.summary(), labels, unnamed.annotations(), unnamed.startsAt(), unnamed.endsAt(), unnamed.links(),
                unnamed.groupKey()));
        clock.advance(Duration.ofMinutes(5));
        receive(stormAlert("HighDiskUsage", "fp-1", "event-2", AlertStatus.FIRING));

        Incident open = store.findOpen(AlertSource.ALERTMANAGER, "", "fp-1").orElseThrow();
        assertThat(open.alertName()).isEqualTo("HighDiskUsage");
        assertThat(open.summary()).isEqualTo("Disk almost full on node-7");
        assertThat(store.incidentsOf(named.taskId())).filteredOn(incident -> incident.dedupKey().equals("fp-1"))
                .extracting(Incident::alertName).containsExactly("HighDiskUsage");
        assertThat(store.findOpen(AlertSource.ALERTMANAGER, "", "fp-2").orElseThrow().alertName()).isNull();
    }

    @Test
    void repeatsFoldIntoTheOpenTaskCountingOccurrencesAndNeverOpenASecond() {
        AlertOutcome first = receive(firing("fp-1", 1)).get(0);
        clock.advance(Duration.ofMinutes(5));
        AlertOutcome second = receive(firing("fp-1", 2)).get(0);
        AlertOutcome third = receive(firing("fp-1", 3)).get(0);

        assertThat(List.of(second.kind(), third.kind())).containsOnly(AlertOutcome.Kind.FOLDED);
        assertThat(third.taskId()).isEqualTo(first.taskId());
        Incident open = store.findOpen(AlertSource.ALERTMANAGER, "", "fp-1").orElseThrow();
        assertThat(open.occurrences()).isEqualTo(3);
        assertThat(open.lastSeenAt()).isEqualTo(clock.instant());
        assertThat(store.incidentsOf(first.taskId())).hasSize(1);
    }

    @Test
    void incidentsSeenSinceAnInstantAreListedOldestFirstAPageAtATime() {
        receive(firing("fp-1", 1));
        clock.advance(Duration.ofHours(2));
        Instant since = clock.instant();
        receive(firing("fp-2", 1));
        receive(firing("fp-3", 1));
        clock.advance(Duration.ofMinutes(5));
        receive(firing("fp-1", 2));

        Page<Incident> first = store.seenSince(since, PageRequest.first(2));
        Page<Incident> second = store.seenSince(since, new PageRequest(2, first.next()));

        assertThat(first.items()).extracting(Incident::dedupKey).containsExactly("fp-1", "fp-2");
        assertThat(second.items()).extracting(Incident::dedupKey).containsExactly("fp-3");
        assertThat(second.next()).isNull();
        assertThat(store.seenSince(clock.instant().plusSeconds(1), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void theSameEventDeliveredTwiceAnswersTheSameOutcomeAndChangesNothing() {
        AlertOutcome first = receive(firing("fp-1", 1)).get(0);
        AlertOutcome again = receive(firing("fp-1", 1)).get(0);

        assertThat(again.duplicate()).isTrue();
        assertThat(again.kind()).isEqualTo(AlertOutcome.Kind.OPENED);
        assertThat(again.taskId()).isEqualTo(first.taskId());
        assertThat(again.incidentId()).isEqualTo(first.incidentId());
        assertThat(store.findOpen(AlertSource.ALERTMANAGER, "", "fp-1").orElseThrow().occurrences()).isEqualTo(1);
    }

    @Test
    void aSenderReSendingAFiringThatGoesOnMovesItsLastSeenTimeWithoutCountingIt() {
        receive(firing("fp-1", 1));
        clock.advance(Duration.ofHours(4));
        AlertOutcome again = receive(firing("fp-1", 1)).get(0);

        Incident open = store.findOpen(AlertSource.ALERTMANAGER, "", "fp-1").orElseThrow();
        assertThat(again.duplicate()).isTrue();
        assertThat(open.lastSeenAt()).isEqualTo(clock.instant());
        assertThat(open.occurrences()).isEqualTo(1);
    }

    @Test
    void aResolutionRecordsTheEndAndClosesATaskNobodyStartedWithANote() {
        AlertOutcome opened = receive(firing("fp-1", 1)).get(0);
        Instant ended = Instant.parse("2026-11-20T10:00:30Z");
        AlertOutcome resolved = receive(alert("fp-1", "r", AlertStatus.RESOLVED, STARTED, ended)).get(0);

        assertThat(resolved.kind()).isEqualTo(AlertOutcome.Kind.RESOLVED);
        assertThat(resolved.taskId()).isEqualTo(opened.taskId());
        assertThat(store.findOpen(AlertSource.ALERTMANAGER, "", "fp-1")).isEmpty();
        Incident incident = store.incidentsOf(opened.taskId()).get(0);
        assertThat(incident.endsAt()).isEqualTo(ended);
        assertThat(incident.resolvedAt()).isEqualTo(clock.instant());
        assertThat(tasks.find(opened.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.DONE);
        List<TaskEvent> history = tasks.history(opened.taskId(), PageRequest.first(10)).items();
        assertThat(history).singleElement().satisfies(event ->
                assertThat(((TaskEvent.StatusChanged) event).note()).contains("resolved by alertmanager alert fp-1"));
    }

    @Test
    void aResolutionLeavesATaskSomeoneStartedOpenForThem() {
        AlertOutcome opened = receive(firing("fp-1", 1)).get(0);
        Task task = tasks.find(opened.taskId()).orElseThrow();
        Task.StatusChange started = task.moveTo(TaskStatus.IN_PROGRESS, null, clock.instant());
        tasks.update(started.task(), List.of(started.event()));

        receive(alert("fp-1", "r", AlertStatus.RESOLVED, STARTED, null));

        assertThat(tasks.find(opened.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(store.findOpen(AlertSource.ALERTMANAGER, "", "fp-1")).isEmpty();
    }

    @Test
    void aResolutionSaysItClosedTheTaskAndTheSendersRepeatOfItSaysItClosedNothing() {
        AlertOutcome opened = receive(firing("fp-1", 1)).get(0);
        Alert resolution = alert("fp-1", "r", AlertStatus.RESOLVED, STARTED, null);

        AlertOutcome resolved = receive(resolution).get(0);
        AlertOutcome repeated = receive(resolution).get(0);

        assertThat(opened.closedTask()).isFalse();
        assertThat(resolved.closedTask()).isTrue();
        assertThat(repeated.duplicate()).isTrue();
        assertThat(repeated.kind()).isEqualTo(AlertOutcome.Kind.RESOLVED);
        assertThat(repeated.closedTask()).isFalse();
    }

    @Test
    void aResolutionThatLeavesTheTaskOpenOrFindsItClosedAlreadySaysItClosedNothing() {
        AlertOutcome started = receive(firing("fp-1", 1)).get(0);
        Task.StatusChange inProgress = tasks.find(started.taskId()).orElseThrow().moveTo(TaskStatus.IN_PROGRESS, null, clock.instant());
        tasks.update(inProgress.task(), List.of(inProgress.event()));
        AlertOutcome done = receive(firing("fp-2", 1)).get(0);
        Task.StatusChange closedByHand = tasks.find(done.taskId()).orElseThrow().moveTo(TaskStatus.DONE, "fixed", clock.instant());
        tasks.update(closedByHand.task(), List.of(closedByHand.event()));

        AlertOutcome leftOpen = receive(alert("fp-1", "r", AlertStatus.RESOLVED, STARTED, null)).get(0);
        AlertOutcome alreadyClosed = receive(alert("fp-2", "r", AlertStatus.RESOLVED, STARTED, null)).get(0);

        assertThat(List.of(leftOpen.kind(), alreadyClosed.kind())).containsOnly(AlertOutcome.Kind.RESOLVED);
        assertThat(leftOpen.closedTask()).isFalse();
        assertThat(alreadyClosed.closedTask()).isFalse();
        assertThat(tasks.find(started.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void aReFireAfterResolutionReopensTheTaskWithASecondIncident() {
        AlertOutcome opened = receive(firing("fp-1", 1)).get(0);
        receive(alert("fp-1", "r", AlertStatus.RESOLVED, STARTED, null));
        AlertOutcome refired = receive(alert("fp-1", "again", AlertStatus.FIRING, STARTED.plusSeconds(600), null)).get(0);

        assertThat(refired.kind()).isEqualTo(AlertOutcome.Kind.REOPENED);
        assertThat(refired.taskId()).isEqualTo(opened.taskId());
        assertThat(tasks.find(opened.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.OPEN);
        assertThat(store.incidentsOf(opened.taskId())).hasSize(2).extracting(Incident::isOpen).containsExactly(false, true);
    }

    @Test
    void aLateCopyOfAResolvedFiringAndAResolutionOfNothingChangeNothing() {
        AlertOutcome stray = receive(alert("fp-9", "r", AlertStatus.RESOLVED, STARTED, null)).get(0);
        receive(firing("fp-1", 1));
        receive(alert("fp-1", "r", AlertStatus.RESOLVED, STARTED, null));
        AlertOutcome late = receive(firing("fp-1", 2)).get(0);

        assertThat(stray.kind()).isEqualTo(AlertOutcome.Kind.IGNORED);
        assertThat(stray.taskId()).isNull();
        assertThat(late.kind()).isEqualTo(AlertOutcome.Kind.IGNORED);
        assertThat(store.findOpen(AlertSource.ALERTMANAGER, "", "fp-1")).isEmpty();
    }

    @Test
    void oneDeliveryAppliesItsAlertsInOrder() {
        List<AlertOutcome> outcomes = receive(firing("fp-1", 1), firing("fp-2", 1), alert("fp-1", "r", AlertStatus.RESOLVED, STARTED, null));

        assertThat(outcomes).extracting(AlertOutcome::kind)
                .containsExactly(AlertOutcome.Kind.OPENED, AlertOutcome.Kind.OPENED, AlertOutcome.Kind.RESOLVED);
        assertThat(outcomes.get(2).taskId()).isEqualTo(outcomes.get(0).taskId());
        assertThat(store.deliveryCount()).isEqualTo(1);
    }

    @Test
    void equalKeysFromAnotherSourceOrScopeAreOtherProblems() {
        Alert events = new Alert(AlertSource.EVENTS, "routing-a", "fp-1", "e1", AlertStatus.FIRING, Severity.ERROR, "x", null, null, null, null, null, null);
        Alert otherScope = new Alert(AlertSource.EVENTS, "routing-b", "fp-1", "e1", AlertStatus.FIRING, Severity.ERROR, "x", null, null, null, null, null, null);
        AlertOutcome am = receive(firing("fp-1", 1)).get(0);
        AlertOutcome a = intake.receive(AlertSource.EVENTS, new byte[0], List.of(events)).get(0);
        AlertOutcome b = intake.receive(AlertSource.EVENTS, new byte[0], List.of(otherScope)).get(0);

        assertThat(List.of(am.kind(), a.kind(), b.kind())).containsOnly(AlertOutcome.Kind.OPENED);
        assertThat(List.of(am.taskId(), a.taskId(), b.taskId())).doesNotHaveDuplicates();
    }

    @Test
    void concurrentFirstFiringsOfOneKeyOpenExactlyOneTask() throws Exception {
        int senders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<AlertOutcome>> results = new ArrayList<>();
            for (int n = 0; n < senders; n++) {
                int event = n;
                Callable<AlertOutcome> send = () -> receive(firing("fp-race", event)).get(0);
                results.add(pool.submit(send));
            }
            List<AlertOutcome> outcomes = new ArrayList<>();
            for (Future<AlertOutcome> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(outcome -> outcome.kind() == AlertOutcome.Kind.OPENED).hasSize(1);
            assertThat(outcomes).extracting(AlertOutcome::taskId).containsOnly(outcomes.get(0).taskId());
            assertThat(store.findOpen(AlertSource.ALERTMANAGER, "", "fp-race").orElseThrow().occurrences()).isEqualTo(senders);
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public AlertStore storeUnderTest() {
        return store;
    }

    @Override
    public TaskStore tasksUnderTest() {
        return tasks;
    }

    @Override
    public MutableClock clockUnderTest() {
        return clock;
    }

    @Override
    public List<AlertOutcome> receive(Alert... alerts) {
        return intake.receive(AlertSource.ALERTMANAGER, "{\"password\":\"hunter22\"}".getBytes(StandardCharsets.UTF_8), List.of(alerts));
    }

    protected static Alert firing(String fingerprint, int event) {
        return alert(fingerprint, "event-" + event, AlertStatus.FIRING, STARTED, null);
    }

    /** An alert alone in its storm: its alertname is its own. */
    protected static Alert alert(String fingerprint, String event, AlertStatus status, Instant startsAt, Instant endsAt) {
        return build("Disk-" + fingerprint, fingerprint, event, status, startsAt, endsAt);
    }

    /** An alert of a storm: alerts with one alertname (in one cluster) are one storm. */
    protected static Alert stormAlert(String alertname, String fingerprint, String event, AlertStatus status) {
        return build(alertname, fingerprint, event, status, STARTED, null);
    }

    private static Alert build(String alertname, String fingerprint, String event, AlertStatus status, Instant startsAt, Instant endsAt) {
        return new Alert(AlertSource.ALERTMANAGER, "", fingerprint, fingerprint + "/" + event, status, Severity.CRITICAL, "Disk almost full on node-7",
                Map.of("alertname", alertname, "cluster", "prod-eks", "instance", fingerprint), Map.of("summary", "Disk almost full on node-7"),
                startsAt, endsAt, Map.of("generator", "http://prometheus:9090/graph"), null);
    }
}
