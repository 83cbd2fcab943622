package dev.opstracker.application.storage;

import dev.opstracker.application.testing.InMemoryAuditStore;
import dev.opstracker.application.audit.AuditLog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.command.CaptureSettings;
import dev.opstracker.application.command.CommandCapture;
import dev.opstracker.application.runbook.RunbookFilter;
import dev.opstracker.application.runbook.RunbookService;
import dev.opstracker.application.testing.InMemoryAlertStore;
import dev.opstracker.application.testing.InMemoryBillingStore;
import dev.opstracker.application.testing.InMemoryCommandRunStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryLinkedWork;
import dev.opstracker.application.testing.InMemoryOutputStore;
import dev.opstracker.application.testing.InMemoryRunbookArchive;
import dev.opstracker.application.testing.InMemoryRunbookStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.InMemoryTimeEntryStore;
import dev.opstracker.application.testing.JdkCipher;
import dev.opstracker.application.testing.MapRunbookDocuments;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.SettableDiskSpace;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.application.time.BillingAccounts;
import dev.opstracker.application.time.CreateClientCommand;
import dev.opstracker.application.time.CreateProjectCommand;
import dev.opstracker.application.time.DraftEntry;
import dev.opstracker.application.time.DraftTimesheets;
import dev.opstracker.application.time.NewEntry;
import dev.opstracker.application.time.TimeSettings;
import dev.opstracker.application.time.TimeTracking;
import dev.opstracker.domain.runbook.RunbookSlug;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.storage.StorageCondition;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.TaskChanges;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.HourlyRate;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Project;
import dev.opstracker.domain.time.Rounding;
import dev.opstracker.domain.time.TimeEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Past the critical level time changes, billing changes, drafts and runbooks are refused; stopping a timer is not. */
class TimeAndRunbookStorageTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NINE = Instant.parse("2026-11-25T09:00:00Z");

    private final MutableClock clock = new MutableClock(NINE);
    private final SettableDiskSpace disk = SettableDiskSpace.roomy();
    private final StorageWatch storage = new StorageWatch(disk, StorageSettings.DEFAULT, clock, StorageWatch.Listener.NONE);
    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final InMemoryComponentStore components = new InMemoryComponentStore();
    private final InMemoryCommandRunStore runs = new InMemoryCommandRunStore();
    private final InMemoryTimeEntryStore entries = new InMemoryTimeEntryStore();
    private final InMemoryAlertStore alerts = new InMemoryAlertStore(tasks);
    private final TimeTracking time = new TimeTracking(tasks, components, entries, runs, TimeSettings.DEFAULT, clock, storage);
    private final DraftTimesheets drafts = new DraftTimesheets(tasks, alerts, runs, entries, time, TimeSettings.DEFAULT, clock, storage);
    private final BillingAccounts billing = new BillingAccounts(new InMemoryBillingStore(), storage);
    private final CaptureSettings capture = CaptureSettings.of("ops-box", "marcus");
    private final CommandCapture commands = new CommandCapture(tasks, runs, new InMemoryOutputStore(), new JdkCipher(), (spec, out, err) -> {
        throw new AssertionError("nothing is run here");
    }, capture, storage);
    private final RunbookService runbooks = new RunbookService(tasks, alerts, components, new InMemoryLinkedWork(tasks, components), commands, entries,
            new InMemoryRunbookStore(), new InMemoryRunbookArchive(), new MapRunbookDocuments(), capture, new AuditLog(new InMemoryAuditStore(), clock), clock, storage);
    private final TaskId task = tasks.add(new NewTask(TaskFixtures.aTask().build(), NINE)).id();

    private void storageFills() {
        disk.full();
        clock.advance(StorageSettings.DEFAULT_CHECK_INTERVAL);
    }

    private static void refused(ThrowingCallable change) {
        assertThatThrownBy(change).isInstanceOf(DomainException.StorageFull.class).hasMessageContaining(StorageCondition.STILL_WORKING);
    }

    @Test
    void aRunningTimerCanBeStoppedWhileEveryOtherTimeChangeIsRefused() {
        TimeEntry running = time.start(task, "marcus", BERLIN, Activity.INCIDENT).started();
        TimeEntry added = time.add(new NewEntry(task, "marcus", NINE.minusSeconds(7200), NINE.minusSeconds(3600), BERLIN, null, null, null, null,
                Activity.CHANGE));
        clock.advance(Duration.ofMinutes(30));
        storageFills();

        refused(() -> time.start(task, "anna", BERLIN, Activity.INCIDENT));
        refused(() -> time.add(new NewEntry(task, "marcus", NINE.minusSeconds(9000), NINE.minusSeconds(8000), BERLIN, null, null, null, null,
                Activity.CHANGE)));
        refused(() -> time.edit(added.id(), added.version(), added.details()));
        refused(() -> time.split(added.id(), NINE.minusSeconds(5000)));
        refused(() -> time.merge(added.id(), running.id()));
        refused(() -> time.delete(added.id(), added.version()));

        TimeEntry stopped = time.stop("marcus", null);

        assertThat(stopped.details().end()).isEqualTo(clock.instant());
        assertThat(time.current("marcus")).isEmpty();
        assertThat(time.get(added.id())).isEqualTo(added);
    }

    @Test
    void aTimerStopsAtItsLastActivityPastTheCriticalLevelToo() {
        time.start(task, "marcus", BERLIN, Activity.INCIDENT);
        clock.advance(Duration.ofMinutes(10));
        tasks.update(tasks.find(task).orElseThrow().edit(TaskChanges.none().withTitle("Renamed"), clock.instant()),
                List.of());
        clock.advance(Duration.ofMinutes(50));
        storageFills();

        assertThat(time.stopAtLastActivity("marcus").details().end()).isEqualTo(NINE.plus(Duration.ofMinutes(10)));
    }

    @Test
    void billingChangesAndAcceptingDraftsAreRefusedAndNothingIsStored() {
        Client acme = new Client(new BillingCode("ACME"), "Acme", Currency.getInstance("EUR"), Rounding.NONE);
        billing.createClient(CreateClientCommand.of(acme));
        storageFills();

        refused(() -> billing.createClient(CreateClientCommand.of(new Client(new BillingCode("GLOBEX"), "Globex", Currency.getInstance("EUR"), null))));
        refused(() -> billing.updateClient(acme));
        refused(() -> billing.createProject(new CreateProjectCommand(new Project(acme.code(), new BillingCode("k8s"), "K8s", null), null, null)));
        refused(() -> billing.updateProject(new Project(acme.code(), new BillingCode("k8s"), "K8s", null)));
        refused(() -> billing.addRate(new HourlyRate(Money.of("100", "EUR"), LocalDate.of(2026, 1, 1), acme.code(), null, null)));
        DraftEntry draft = new DraftEntry(task, "Upgrade", NINE.minusSeconds(3600), NINE, BERLIN, Activity.CHANGE, null, null, List.of());
        refused(() -> drafts.accept("marcus", List.of(draft)));
        refused(() -> drafts.accept("marcus", LocalDate.of(2026, 11, 25), BERLIN, List.of()));

        assertThat(billing.clients()).containsExactly(acme);
        assertThat(entries.overlapping("marcus", NINE.minus(Duration.ofDays(1)), NINE.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void generatingRestoringOrAcceptingDriftOfRunbooksIsRefused() {
        storageFills();
        RunbookSlug slug = new RunbookSlug("restart-pods");

        refused(() -> runbooks.generate("Restart pods", List.of(task), "marcus"));
        refused(() -> runbooks.generate("Restart pods", new RunbookFilter("PodCrashLooping", null, null), "marcus"));
        refused(() -> runbooks.restore(slug, 1, "marcus"));
        refused(() -> runbooks.acceptDrift(slug, task, "marcus"));

        assertThat(runbooks.list()).isEmpty();
    }
}
