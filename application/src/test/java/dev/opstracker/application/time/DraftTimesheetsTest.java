package dev.opstracker.application.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.application.task.ChangeTaskStatusCommand;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.application.testing.CommandRunFixtures;
import dev.opstracker.application.testing.InMemoryAlertStore;
import dev.opstracker.application.testing.InMemoryCommandRunStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.InMemoryTimeEntryStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Evidence;
import dev.opstracker.domain.time.TimeEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DraftTimesheetsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.parse("2026-11-25");

    private final MutableClock clock = MutableClock.at("2026-11-25T07:00:00Z");
    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final InMemoryAlertStore alerts = new InMemoryAlertStore(tasks);
    private final InMemoryCommandRunStore runs = new InMemoryCommandRunStore();
    private final InMemoryTimeEntryStore entries = new InMemoryTimeEntryStore();
    private final TimeTracking time = new TimeTracking(tasks, new InMemoryComponentStore(), entries, runs, TimeSettings.DEFAULT, clock);
    private final DraftTimesheets drafts = new DraftTimesheets(tasks, alerts, runs, entries, time, TimeSettings.DEFAULT, clock);
    private final AlertIntake intake = new AlertIntake(alerts, clock);

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private TaskId assignedTask(String createdAt) {
        return tasks.add(new NewTask(TaskFixtures.aTask().titled("Upgrade prod-eks").assignedTo("marcus").forClient("ACME").forProject("acme-k8s")
                .build(), at(createdAt))).id();
    }

    private TaskId alertOpenedTask(String firedAt) {
        clock.set(at(firedAt));
        return intake.receive(AlertSource.GENERIC, new byte[0], List.of(alert(AlertStatus.FIRING))).get(0).taskId();
    }

    private void resolveAlert(String resolvedAt) {
        clock.set(at(resolvedAt));
        intake.receive(AlertSource.GENERIC, new byte[0], List.of(alert(AlertStatus.RESOLVED)));
    }

    private static Alert alert(AlertStatus status) {
        return new Alert(AlertSource.GENERIC, null, "disk-full", "disk-full-" + status, status, Severity.CRITICAL, "Disk full on db-1", null, null, null,
                null, null, null);
    }

    @Test
    void anAlertOpenedTaskWithTwoRunsAndAResolutionIsOneIncidentDraftFromFirstFiringToResolution() {
        TaskId task = alertOpenedTask("2026-11-25T08:00:00Z");
        CommandRunFixtures.ran(runs, task, "marcus", "2026-11-25T08:10:04Z", "2026-11-25T08:12:00Z", "df -h /var/lib/mysql");
        CommandRunFixtures.ran(runs, task, "marcus", "2026-11-25T08:40:00Z", "2026-11-25T08:41:00Z", "kubectl rollout restart deploy/api");
        resolveAlert("2026-11-25T09:30:00Z");
        clock.set(at("2026-11-25T18:00:00Z"));

        List<DraftEntry> proposed = drafts.propose("marcus", DAY, BERLIN);

        assertThat(proposed).singleElement().satisfies(draft -> {
            assertThat(draft.taskId()).isEqualTo(task);
            assertThat(draft.title()).contains("Disk full on db-1");
            assertThat(draft.start()).isEqualTo(at("2026-11-25T08:00:00Z"));
            assertThat(draft.end()).isEqualTo(at("2026-11-25T09:30:00Z"));
            assertThat(draft.zone()).isEqualTo(BERLIN);
            assertThat(draft.activity()).isEqualTo(Activity.INCIDENT);
            assertThat(draft.evidence()).extracting(Evidence::kind).contains(Evidence.Kind.ALERT_FIRED, Evidence.Kind.COMMAND_RUN,
                    Evidence.Kind.ALERT_RESOLVED);
            assertThat(draft.evidence()).extracting(item -> item.describe(BERLIN))
                    .contains("command-run 09:10:04 df -h /var/lib/mysql", "command-run 09:40:00 kubectl rollout restart deploy/api");
        });
    }

    @Test
    void timeAlreadyRecordedIsCutOutOfTheDraft() {
        TaskId task = assignedTask("2026-11-24T12:00:00Z");
        TaskId other = assignedTask("2026-11-24T12:00:00Z");
        CommandRunFixtures.ran(runs, task, "marcus", "2026-11-25T09:00:00Z", "2026-11-25T09:01:00Z", "helm diff upgrade");
        CommandRunFixtures.ran(runs, task, "marcus", "2026-11-25T12:00:00Z", "2026-11-25T12:30:00Z", "helm upgrade");
        time.add(new NewEntry(other, "marcus", at("2026-11-25T10:00:00Z"), at("2026-11-25T11:00:00Z"), BERLIN, null, null, null, "call", null));
        clock.set(at("2026-11-25T18:00:00Z"));

        List<DraftEntry> proposed = drafts.propose("marcus", DAY, BERLIN);

        assertThat(proposed).extracting(DraftEntry::start, DraftEntry::end).containsExactly(
                tuple(at("2026-11-25T09:00:00Z"), at("2026-11-25T10:00:00Z")),
                tuple(at("2026-11-25T11:00:00Z"), at("2026-11-25T12:30:00Z")));
        assertThat(proposed).allSatisfy(draft -> {
            assertThat(draft.activity()).isEqualTo(Activity.OTHER);
            assertThat(draft.client()).isEqualTo(new BillingCode("ACME"));
            assertThat(draft.project()).isEqualTo(new BillingCode("acme-k8s"));
        });
    }

    @Test
    void anAssignedTaskWithNoEvidenceThatDayProposesNothing() {
        TaskId task = assignedTask("2026-11-24T12:00:00Z");
        CommandRunFixtures.ran(runs, task, "marcus", "2026-11-24T13:00:00Z", "2026-11-24T13:05:00Z", "uptime");
        clock.set(at("2026-11-25T18:00:00Z"));

        assertThat(drafts.propose("marcus", DAY, BERLIN)).isEmpty();
    }

    @Test
    void anotherUsersRunsDoNotCount() {
        TaskId task = tasks.add(new NewTask(TaskFixtures.aTask().build(), at("2026-11-24T12:00:00Z"))).id();
        CommandRunFixtures.ran(runs, task, "erika", "2026-11-25T09:00:00Z", "2026-11-25T09:30:00Z", "pg_dump prod");
        clock.set(at("2026-11-25T18:00:00Z"));

        assertThat(drafts.propose("marcus", DAY, BERLIN)).isEmpty();
        assertThat(drafts.propose("erika", DAY, BERLIN)).singleElement().satisfies(draft -> {
            assertThat(draft.start()).isEqualTo(at("2026-11-25T09:00:00Z"));
            assertThat(draft.end()).isEqualTo(at("2026-11-25T09:30:00Z"));
        });
    }

    @Test
    void statusChangesOfAnAssignedTaskAreEvidenceAndASingleOneGivesTheShortestDraft() {
        TaskId task = assignedTask("2026-11-24T12:00:00Z");
        clock.set(at("2026-11-25T14:00:00Z"));
        new TaskService(tasks, clock).changeStatus(new ChangeTaskStatusCommand(task, TaskStatus.IN_PROGRESS, null, OptionalLong.empty()));
        clock.set(at("2026-11-25T18:00:00Z"));

        assertThat(drafts.propose("marcus", DAY, BERLIN)).singleElement().satisfies(draft -> {
            assertThat(draft.start()).isEqualTo(at("2026-11-25T14:00:00Z"));
            assertThat(draft.end()).isEqualTo(at("2026-11-25T14:15:00Z"));
            assertThat(draft.evidence()).extracting(Evidence::kind).containsExactly(Evidence.Kind.ACKNOWLEDGED);
        });
    }

    @Test
    void onTheBerlinDaylightSavingDayRunsInTheRepeatedHourAreOneDraftOfTheirTrueLength() {
        TaskId task = assignedTask("2026-10-20T12:00:00Z");
        // 02:30 local twice: 00:30Z in summer time, 01:30Z in winter time.
        CommandRunFixtures.ran(runs, task, "marcus", "2026-10-25T00:30:00Z", "2026-10-25T00:31:00Z", "systemctl restart ntpd");
        CommandRunFixtures.ran(runs, task, "marcus", "2026-10-25T01:30:00Z", "2026-10-25T01:31:00Z", "chronyc tracking");
        // 23:55 local: the shortest draft ends with the day, at 23:00Z.
        TaskId late = assignedTask("2026-10-20T12:00:00Z");
        CommandRunFixtures.ran(runs, late, "marcus", "2026-10-25T22:55:00Z", "2026-10-25T22:55:10Z", "uptime");
        // A run across midnight (22:00Z, summer time) counts on both days, clipped to each.
        TaskId overnight = assignedTask("2026-10-20T12:00:00Z");
        CommandRunFixtures.ran(runs, overnight, "marcus", "2026-10-24T21:50:00Z", "2026-10-24T22:20:00Z", "apt upgrade");
        clock.set(at("2026-10-27T08:00:00Z"));

        List<DraftEntry> proposed = drafts.propose("marcus", LocalDate.parse("2026-10-25"), BERLIN);

        assertThat(proposed).extracting(DraftEntry::taskId, DraftEntry::start, DraftEntry::end).containsExactly(
                tuple(overnight, at("2026-10-24T22:00:00Z"), at("2026-10-24T22:20:00Z")),
                tuple(task, at("2026-10-25T00:30:00Z"), at("2026-10-25T01:31:00Z")),
                tuple(late, at("2026-10-25T22:45:00Z"), at("2026-10-25T23:00:00Z")));
        // Ten minutes before midnight on the day before: lengthened back to the shortest draft, ending with that day.
        assertThat(drafts.propose("marcus", LocalDate.parse("2026-10-24"), BERLIN)).extracting(DraftEntry::start, DraftEntry::end)
                .containsExactly(tuple(at("2026-10-24T21:45:00Z"), at("2026-10-24T22:00:00Z")));
    }

    @Test
    void whereTwoTasksDraftsWouldShareTimeTheShorterKeepsIt() {
        TaskId incident = alertOpenedTask("2026-11-25T08:00:00Z");
        resolveAlert("2026-11-25T12:00:00Z");
        TaskId quick = assignedTask("2026-11-24T12:00:00Z");
        CommandRunFixtures.ran(runs, quick, "marcus", "2026-11-25T09:00:00Z", "2026-11-25T09:30:00Z", "certbot renew");
        CommandRunFixtures.ran(runs, incident, "marcus", "2026-11-25T10:00:00Z", "2026-11-25T10:05:00Z", "df -h");
        clock.set(at("2026-11-25T18:00:00Z"));

        assertThat(drafts.propose("marcus", DAY, BERLIN)).extracting(DraftEntry::taskId, DraftEntry::start, DraftEntry::end).containsExactly(
                tuple(incident, at("2026-11-25T08:00:00Z"), at("2026-11-25T09:00:00Z")),
                tuple(quick, at("2026-11-25T09:00:00Z"), at("2026-11-25T09:30:00Z")),
                tuple(incident, at("2026-11-25T09:30:00Z"), at("2026-11-25T12:00:00Z")));
    }

    @Test
    void theDayIsDraftedOnlyUpToNowAndAFutureDayProposesNothing() {
        TaskId task = assignedTask("2026-11-24T12:00:00Z");
        CommandRunFixtures.ran(runs, task, "marcus", "2026-11-25T09:00:00Z", "2026-11-25T09:01:00Z", "uptime");
        clock.set(at("2026-11-25T09:05:00Z"));

        assertThat(drafts.propose("marcus", DAY, BERLIN)).singleElement().satisfies(draft -> {
            assertThat(draft.start()).isEqualTo(at("2026-11-25T08:50:00Z"));
            assertThat(draft.end()).isEqualTo(at("2026-11-25T09:05:00Z"));
        });
        assertThat(drafts.propose("marcus", DAY.plusDays(1), BERLIN)).isEmpty();
        assertThatThrownBy(() -> drafts.propose(" ", DAY, BERLIN)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                e -> assertThat(e.field()).isEqualTo("user"));
    }

    @Test
    void acceptedDraftsBecomeBillableEntriesNotingTheirEvidenceAndMayBeEditedFirst() {
        TaskId task = alertOpenedTask("2026-11-25T08:00:00Z");
        CommandRunFixtures.ran(runs, task, "marcus", "2026-11-25T08:10:04Z", "2026-11-25T08:12:00Z", "df -h /var/lib/mysql");
        resolveAlert("2026-11-25T09:30:00Z");
        TaskId other = assignedTask("2026-11-24T12:00:00Z");
        CommandRunFixtures.ran(runs, other, "marcus", "2026-11-25T11:00:00Z", "2026-11-25T11:20:00Z", "helm upgrade");
        clock.set(at("2026-11-25T18:00:00Z"));
        List<DraftEntry> proposed = drafts.propose("marcus", DAY, BERLIN);
        DraftEntry edited = proposed.get(1).withActivity(Activity.MAINTENANCE).withSpan(at("2026-11-25T10:45:00Z"), at("2026-11-25T11:20:00Z"));

        List<TimeEntry> accepted = drafts.accept("marcus", List.of(proposed.get(0), edited));

        assertThat(accepted).hasSize(2);
        TimeEntry incident = time.get(accepted.get(0).id());
        assertThat(incident.details().taskId()).isEqualTo(task);
        assertThat(incident.details().user()).isEqualTo("marcus");
        assertThat(incident.details().billable()).isTrue();
        assertThat(incident.details().activity()).isEqualTo(Activity.INCIDENT);
        assertThat(incident.details().note()).contains("command-run 09:10:04 df -h /var/lib/mysql").contains("alert-resolved 10:30:00");
        TimeEntry maintenance = time.get(accepted.get(1).id());
        assertThat(maintenance.details().start()).isEqualTo(at("2026-11-25T10:45:00Z"));
        assertThat(maintenance.details().activity()).isEqualTo(Activity.MAINTENANCE);
        assertThat(maintenance.details().client()).isEqualTo(new BillingCode("ACME"));
        assertThat(drafts.propose("marcus", DAY, BERLIN)).isEmpty();
    }

    @Test
    void draftsAcceptedByTaskAreProposedAgainFromTheEvidenceWithThePersonsEditsKept() {
        TaskId task = alertOpenedTask("2026-11-25T08:00:00Z");
        CommandRunFixtures.ran(runs, task, "marcus", "2026-11-25T08:10:04Z", "2026-11-25T08:12:00Z", "df -h /var/lib/mysql");
        resolveAlert("2026-11-25T09:30:00Z");
        TaskId unrelated = assignedTask("2026-11-20T12:00:00Z");
        clock.set(at("2026-11-25T18:00:00Z"));

        List<TimeEntry> accepted = drafts.accept("marcus", DAY, BERLIN, List.of(new DraftEdit(task, null, at("2026-11-25T09:45:00Z"),
                Activity.CHANGE)));

        TimeEntry entry = time.get(accepted.getFirst().id());
        assertThat(entry.details().start()).isEqualTo(at("2026-11-25T08:00:00Z"));
        assertThat(entry.details().end()).isEqualTo(at("2026-11-25T09:45:00Z"));
        assertThat(entry.details().activity()).isEqualTo(Activity.CHANGE);
        assertThat(entry.details().note()).contains("df -h /var/lib/mysql");
        assertThatThrownBy(() -> drafts.accept("marcus", DAY, BERLIN, List.of(new DraftEdit(unrelated, null, null, null))))
                .isInstanceOf(DomainException.NotFound.class).hasMessageContaining(unrelated.toString());
    }

    @Test
    void aRefusedDraftNamesTheOverlapAndTheDraftsAcceptedBeforeItStay() {
        TaskId task = assignedTask("2026-11-24T12:00:00Z");
        CommandRunFixtures.ran(runs, task, "marcus", "2026-11-25T09:00:00Z", "2026-11-25T09:30:00Z", "helm upgrade");
        clock.set(at("2026-11-25T18:00:00Z"));
        DraftEntry draft = drafts.propose("marcus", DAY, BERLIN).get(0);
        DraftEntry later = draft.withSpan(at("2026-11-25T13:00:00Z"), at("2026-11-25T13:30:00Z"));

        assertThatThrownBy(() -> drafts.accept("marcus", List.of(later, draft, draft))).isInstanceOfSatisfying(DomainException.Conflict.class, e -> {
            assertThat(e.reason()).isEqualTo("overlap");
            assertThat(e.getMessage()).contains("draft 3 of 3").contains("overlaps time entry 2").contains("accepted before it: time entry 1, time entry 2");
        });
        assertThat(entries.overlapping("marcus", at("2026-11-25T00:00:00Z"), at("2026-11-26T00:00:00Z"))).hasSize(2);
        assertThatThrownBy(() -> drafts.accept("marcus", List.of(draft))).isInstanceOfSatisfying(DomainException.Conflict.class,
                e -> assertThat(e.getMessage()).contains("accepted before it: none"));
    }

    @Test
    void aDraftEndingAtOrBeforeItsStartIsRefused() {
        DraftEntry draft = new DraftEntry(TaskId.of(1), "t", at("2026-11-25T09:00:00Z"), at("2026-11-25T10:00:00Z"), BERLIN, Activity.OTHER, null, null,
                List.of());

        assertThatThrownBy(() -> draft.withSpan(at("2026-11-25T09:00:00Z"), at("2026-11-25T09:00:00Z")))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("end"));
        assertThatThrownBy(() -> draft.withSpan(null, at("2026-11-25T09:00:00Z")))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("start"));
    }

    @Test
    void aLongEvidenceListIsCutToFitANote() {
        List<Evidence> many = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> Evidence.at(Evidence.Kind.COMMAND_RUN, at("2026-11-25T09:00:00Z").plusSeconds(i), "x".repeat(100))).toList();
        DraftEntry draft = new DraftEntry(TaskId.of(1), "t", at("2026-11-25T09:00:00Z"), at("2026-11-25T10:00:00Z"), BERLIN, Activity.OTHER, null, null,
                many);

        assertThat(draft.note()).hasSize(dev.opstracker.domain.time.TimeEntryDetails.MAX_NOTE_LENGTH).endsWith("...");
    }

    @Test
    void theShortestDraftIsASettingThatMustBePositive() {
        assertThat(new TimeSettings(true, java.time.Duration.ofHours(12), true).shortestDraft()).isEqualTo(TimeSettings.DEFAULT_SHORTEST_DRAFT);
        assertThatThrownBy(() -> new TimeSettings(true, java.time.Duration.ofHours(12), true, java.time.Duration.ZERO))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.field()).isEqualTo("shortestDraft"));
    }
}
