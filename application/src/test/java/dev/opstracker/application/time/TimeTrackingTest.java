package dev.opstracker.application.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.application.testing.CommandRunFixtures;
import dev.opstracker.application.testing.InMemoryCommandRunStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.InMemoryTimeEntryStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.TimeEntry;
import dev.opstracker.domain.time.TimeEntryFilter;
import dev.opstracker.domain.time.TimeEntryStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TimeTrackingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NINE = Instant.parse("2026-11-25T09:00:00Z");

    private final MutableClock clock = new MutableClock(NINE);
    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final InMemoryComponentStore components = new InMemoryComponentStore();
    private final InMemoryCommandRunStore commandRuns = new InMemoryCommandRunStore();
    private final TimeTracking time = new TimeTracking(tasks, components, new InMemoryTimeEntryStore(), commandRuns, TimeSettings.DEFAULT, clock);
    private final TaskId acmeTask = tasks.add(new NewTask(TaskFixtures.aTask().forClient("ACME").forProject("acme-k8s").build(), NINE)).id();
    private final TaskId otherTask = tasks.add(new NewTask(TaskFixtures.aTask().build(), NINE)).id();

    private NewEntry entry(String start, String end) {
        return new NewEntry(acmeTask, "marcus", Instant.parse(start), Instant.parse(end), BERLIN, null, null, null, "manual", Activity.CHANGE);
    }

    @Test
    void startingASecondTimerStopsTheFirstAtTheSameInstant() {
        TimeEntry first = time.start(acmeTask, "marcus", BERLIN, Activity.INCIDENT).started();
        clock.advance(Duration.ofMinutes(25).plusMillis(700));

        TimeEntryStore.Started second = time.start(otherTask, "marcus", BERLIN, Activity.MAINTENANCE);

        assertThat(second.stopped()).hasValueSatisfying(stopped -> {
            assertThat(stopped.id()).isEqualTo(first.id());
            assertThat(stopped.details().end()).isEqualTo(second.started().details().start());
            assertThat(stopped.details().seconds(Instant.EPOCH)).isEqualTo(25 * 60);
        });
        assertThat(time.current("marcus")).contains(second.started());
        assertThat(first.details().client()).isEqualTo(new BillingCode("ACME"));
        assertThat(first.details().project()).isEqualTo(new BillingCode("acme-k8s"));
    }

    @Test
    void aClientTagOnAClusterBillsWorkOnAServiceBelowItUnlessTheTaskOrTheEntryNamesAnother() {
        ComponentDetails billedCluster = ComponentDetails.of("cluster", "prod-eks").withProvider(Provider.AWS)
                .withTags(Map.of("client", "GLOBEX", "project", "k8s"));
        Component cluster = components.add(Component.create(billedCluster, null, ParentingRules.permissive(), NINE));
        Component service = components.add(Component.create(ComponentDetails.of("service", "checkout"), cluster, ParentingRules.permissive(), NINE));
        components.link(new TaskLink(otherTask, service.id(), service.path(), LinkRole.AFFECTED, NINE));
        components.link(new TaskLink(acmeTask, service.id(), service.path(), LinkRole.AFFECTED, NINE));

        TimeEntry fromTags = time.start(otherTask, "marcus", BERLIN, Activity.INCIDENT).started();
        TimeEntry fromTask = time.start(acmeTask, "marcus", BERLIN, Activity.INCIDENT).started();
        clock.advance(Duration.ofHours(1));
        time.stop("marcus", null);
        TimeEntry named = time.add(new NewEntry(otherTask, "marcus", NINE.plusSeconds(7_200), NINE.plusSeconds(7_800), BERLIN,
                new BillingCode("INITECH"), null, null, null, Activity.CHANGE));

        assertThat(fromTags.details().client()).isEqualTo(new BillingCode("GLOBEX"));
        assertThat(fromTags.details().project()).isEqualTo(new BillingCode("k8s"));
        assertThat(fromTask.details().client()).isEqualTo(new BillingCode("ACME"));
        assertThat(fromTask.details().project()).isEqualTo(new BillingCode("acme-k8s"));
        assertThat(named.details().client()).isEqualTo(new BillingCode("INITECH"));
        assertThat(named.details().project()).isNull();
    }

    @Test
    void aTimerStopsNowOrAtAnExplicitPastInstantAndStoppingWithoutOneIsNamed() {
        time.start(acmeTask, "marcus", BERLIN, Activity.INCIDENT);
        clock.advance(Duration.ofHours(3));

        TimeEntry stopped = time.stop("marcus", NINE.plusSeconds(5_400));

        assertThat(stopped.details().seconds(Instant.EPOCH)).isEqualTo(5_400);
        assertThat(time.current("marcus")).isEmpty();
        assertThatThrownBy(() -> time.stop("marcus", null)).isInstanceOf(DomainException.NotFound.class).hasMessageContaining("marcus");
    }

    @Test
    void anOverlappingEntryIsRefusedNamingTheEntryItOverlaps() {
        TimeEntry morning = time.add(entry("2026-11-25T08:00:00Z", "2026-11-25T09:00:00Z"));

        assertThatThrownBy(() -> time.add(entry("2026-11-25T08:30:00Z", "2026-11-25T10:00:00Z"))).isInstanceOf(DomainException.Conflict.class)
                .hasMessageContaining("time entry " + morning.id());
        assertThat(time.add(entry("2026-11-25T09:00:00Z", "2026-11-25T10:00:00Z")).details().start()).isEqualTo(morning.details().end());
    }

    @Test
    void whenOverlapsAreOnlyReportedTheyAreStoredAndListed() {
        TimeSettings reportOverlaps = new TimeSettings(false, Duration.ofHours(12), true);
        TimeTracking reporting = new TimeTracking(tasks, components, new InMemoryTimeEntryStore(), commandRuns, reportOverlaps, clock);
        TimeEntry first = reporting.add(entry("2026-11-25T08:00:00Z", "2026-11-25T09:00:00Z"));
        TimeEntry second = reporting.add(entry("2026-11-25T08:30:00Z", "2026-11-25T10:00:00Z"));

        assertThat(reporting.overlapsOf(second.id())).containsExactly(first);
    }

    @Test
    void splittingAndMergingKeepEverySecond() {
        TimeEntry whole = time.add(entry("2026-11-25T06:00:00Z", "2026-11-25T08:00:00Z"));

        List<TimeEntry> parts = time.split(whole.id(), Instant.parse("2026-11-25T06:40:00Z"));
        assertThat(parts.get(0).details().seconds(Instant.EPOCH) + parts.get(1).details().seconds(Instant.EPOCH)).isEqualTo(7_200);

        TimeEntry merged = time.merge(parts.get(0).id(), parts.get(1).id());
        assertThat(merged.details().seconds(Instant.EPOCH)).isEqualTo(7_200);
        assertThatThrownBy(() -> time.get(parts.get(1).id())).isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void mergingGivenTheLaterEntryFirstStillKeepsTheEarlierOneAndEverySecond() {
        TimeEntry early = time.add(entry("2026-11-25T06:00:00Z", "2026-11-25T07:00:00Z"));
        TimeEntry late = time.add(entry("2026-11-25T07:00:00Z", "2026-11-25T08:00:00Z"));

        TimeEntry merged = time.merge(late.id(), early.id());

        assertThat(merged.id()).isEqualTo(early.id());
        assertThat(merged.details().seconds(Instant.EPOCH)).isEqualTo(7_200);
        assertThatThrownBy(() -> late.mergedWith(early)).isInstanceOf(DomainException.Conflict.class).hasMessageContaining("order");
    }

    @Test
    void aTimerCannotBeStoppedAfterNow() {
        time.start(acmeTask, "marcus", BERLIN, Activity.INCIDENT);

        assertThatThrownBy(() -> time.stop("marcus", NINE.plusSeconds(60))).isInstanceOf(DomainException.InvalidInput.class)
                .hasMessageContaining("after now");
        assertThat(time.current("marcus")).isPresent();
    }

    @Test
    void timersRunningLongerThanTheLimitAreReportedAsSuspicious() {
        TimeEntry forgotten = time.start(acmeTask, "marcus", BERLIN, Activity.INCIDENT).started();
        clock.advance(Duration.ofHours(11));
        time.start(otherTask, "anna", BERLIN, Activity.MEETING);
        assertThat(time.suspicious()).isEmpty();

        clock.advance(Duration.ofHours(2));

        assertThat(time.suspicious()).containsExactly(forgotten);
    }

    @Test
    void closingATaskStopsItsRunningTimerAtTheInstantItClosedAndReopeningKeepsTheEntry() {
        TaskService taskService = new TaskService(tasks, clock);
        TimeEntry running = time.start(acmeTask, "marcus", BERLIN, Activity.INCIDENT).started();
        clock.advance(Duration.ofMinutes(42));
        taskService.changeStatus(new ChangeTaskStatusCommand(acmeTask, TaskStatus.DONE, null, OptionalLong.empty()));
        clock.advance(Duration.ofHours(1));

        assertThat(time.current("marcus")).isEmpty();
        TimeEntry stopped = time.get(running.id());
        assertThat(stopped.details().seconds(Instant.EPOCH)).isEqualTo(42 * 60);

        taskService.changeStatus(new ChangeTaskStatusCommand(acmeTask, TaskStatus.OPEN, null, OptionalLong.empty()));
        assertThat(time.get(running.id())).isEqualTo(stopped);
    }

    @Test
    void editsNeedTheCurrentVersionAndEntriesNeedAnExistingTask() {
        TimeEntry stored = time.add(entry("2026-11-25T06:00:00Z", "2026-11-25T07:00:00Z"));

        assertThatThrownBy(() -> time.edit(stored.id(), stored.version() + 1, stored.details())).isInstanceOf(DomainException.Conflict.class);
        assertThat(time.edit(stored.id(), stored.version(), stored.details().withSpan(stored.details().start(), Instant.parse("2026-11-25T07:30:00Z")))
                .version()).isEqualTo(2);
        assertThatThrownBy(() -> time.start(TaskId.of(999), "marcus", BERLIN, Activity.OTHER)).isInstanceOf(DomainException.NotFound.class)
                .hasMessageContaining("999");
    }

    @Test
    void aForgottenTimerStopsAtTheEndOfTheUsersLastCommandRunOnItsTask() {
        TimeEntry running = time.start(acmeTask, "marcus", BERLIN, Activity.INCIDENT).started();
        CommandRunFixtures.ran(commandRuns, acmeTask, "marcus", "2026-11-25T09:10:00Z", "2026-11-25T09:12:30.400Z", "kubectl get pods");
        CommandRunFixtures.ran(commandRuns, acmeTask, "marcus", "2026-11-25T09:40:00Z", "2026-11-25T09:41:05Z", "kubectl rollout restart deploy/api");
        CommandRunFixtures.ran(commandRuns, acmeTask, "erika", "2026-11-25T11:00:00Z", "2026-11-25T11:05:00Z", "kubectl delete pod api-1");
        CommandRunFixtures.ran(commandRuns, otherTask, "marcus", "2026-11-25T12:00:00Z", "2026-11-25T12:05:00Z", "uptime");
        clock.set(Instant.parse("2026-11-25T23:00:00Z"));

        TimeEntry stopped = time.stopAtLastActivity("marcus");

        assertThat(stopped.id()).isEqualTo(running.id());
        assertThat(stopped.details().end()).isEqualTo(Instant.parse("2026-11-25T09:41:05Z"));
        assertThat(time.current("marcus")).isEmpty();
        assertThat(time.get(running.id()).details().end()).isEqualTo(Instant.parse("2026-11-25T09:41:05Z"));
    }

    @Test
    void aForgottenTimerStopsAtItsTasksLastStatusChangeWhenThatCameLast() {
        time.start(otherTask, "marcus", BERLIN, Activity.INCIDENT);
        CommandRunFixtures.ran(commandRuns, otherTask, "marcus", "2026-11-25T09:10:00Z", "2026-11-25T09:12:00Z", "kubectl get pods");
        clock.set(Instant.parse("2026-11-25T10:00:00Z"));
        TaskService taskService = new TaskService(tasks, clock);
        taskService.changeStatus(new ChangeTaskStatusCommand(otherTask, TaskStatus.BLOCKED, "waiting for the vendor", OptionalLong.empty()));
        clock.set(Instant.parse("2026-11-25T20:00:00Z"));

        assertThat(time.stopAtLastActivity("marcus").details().end()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
    }

    @Test
    void aTimerWithNoActivitySinceItStartedIsNotStoppedAndTheRefusalSaysWhenItStarted() {
        clock.advance(Duration.ofMinutes(5));
        TimeEntry running = time.start(acmeTask, "marcus", BERLIN, Activity.INCIDENT).started();
        CommandRunFixtures.ran(commandRuns, acmeTask, "marcus", "2026-11-25T08:10:00Z", "2026-11-25T08:12:00Z", "kubectl get pods");
        clock.advance(Duration.ofHours(14));

        assertThatThrownBy(() -> time.stopAtLastActivity("marcus")).isInstanceOfSatisfying(DomainException.Conflict.class, e -> {
            assertThat(e.reason()).isEqualTo(TimeTracking.NO_ACTIVITY);
            assertThat(e.getMessage()).contains("2026-11-25T09:05:00Z").contains("explicit instant");
        });
        assertThat(time.current("marcus")).hasValueSatisfying(still -> assertThat(still.id()).isEqualTo(running.id()));
    }

    @Test
    void stoppingAtTheLastActivityWithoutARunningTimerNamesTheUser() {
        assertThatThrownBy(() -> time.stopAtLastActivity("marcus")).isInstanceOfSatisfying(DomainException.NotFound.class,
                e -> assertThat(e.getMessage()).contains("marcus"));
    }

    @Test
    void listingGivesTheMatchingEntriesByStartUpToTheLimitAndSaysWhenMoreMatched() {
        time.add(entry("2026-11-24T10:00:00Z", "2026-11-24T11:00:00Z"));
        time.add(entry("2026-11-24T08:00:00Z", "2026-11-24T09:00:00Z"));
        time.add(entry("2026-11-23T08:00:00Z", "2026-11-23T09:00:00Z"));
        TimeEntryFilter nov24 = TimeEntryFilter.in(new TimeRange(Instant.parse("2026-11-24T00:00:00Z"), Instant.parse("2026-11-25T00:00:00Z")));

        ListedEntries all = time.list(nov24, 2);
        ListedEntries first = time.list(nov24, 1);

        assertThat(all.truncated()).isFalse();
        assertThat(all.entries()).extracting(listed -> listed.details().start())
                .containsExactly(Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(first.truncated()).isTrue();
        assertThat(first.entries()).hasSize(1);
        assertThatThrownBy(() -> time.list(nov24, TimeTracking.MAX_LIST_LIMIT + 1)).isInstanceOf(DomainException.InvalidInput.class)
                .hasMessageContaining("1000");
    }
}
