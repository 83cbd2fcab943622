package dev.opstracker.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.application.alert.AlertRouting;
import dev.opstracker.application.alert.DeadLetters;
import dev.opstracker.application.infra.ComponentImport;
import dev.opstracker.application.infra.InfrastructureRules;
import dev.opstracker.application.infra.InfrastructureService;
import dev.opstracker.application.infra.TaskLinkService;
import dev.opstracker.application.infra.WorkConflicts;
import dev.opstracker.application.infra.WorkOverview;
import dev.opstracker.application.security.TokenService;
import dev.opstracker.application.task.TaskService;
import dev.opstracker.application.runbook.RunbookService;
import dev.opstracker.application.testing.InMemoryAlertStore;
import dev.opstracker.application.testing.InMemoryComponentRulesStore;
import dev.opstracker.application.command.CaptureSettings;
import dev.opstracker.application.command.CommandHistory;
import dev.opstracker.application.testing.InMemoryCommandRunStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryDeadLetterStore;
import dev.opstracker.application.testing.InMemoryLinkedWork;
import dev.opstracker.application.testing.InMemoryRunbookArchive;
import dev.opstracker.application.testing.InMemoryRunbookStore;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.MapRunbookDocuments;
import dev.opstracker.application.testing.InMemoryTimeEntryStore;
import dev.opstracker.application.testing.InMemoryBillingStore;
import dev.opstracker.application.time.BillingAccounts;
import dev.opstracker.application.time.BillingReports;
import dev.opstracker.application.time.DraftTimesheets;
import dev.opstracker.application.time.OperationsCostReport;
import dev.opstracker.application.time.TimeExports;
import dev.opstracker.application.time.TimeSettings;
import dev.opstracker.application.time.TimeTracking;
import dev.opstracker.application.testing.InMemoryTokenStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.InMemoryAuditStore;
import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.application.backup.BackupService;
import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.application.testing.InMemoryBackupArchiver;
import dev.opstracker.domain.alert.AlertRules;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ApiServerTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T08:00:00Z");
    private final InMemoryTaskStore taskStore = new InMemoryTaskStore();
    private final InMemoryComponentStore componentStore = new InMemoryComponentStore();
    private final InMemoryCommandRunStore runs = new InMemoryCommandRunStore();
    private final InfrastructureRules rules = InMemoryComponentRulesStore.rulesOver(componentStore);
    private final TaskService tasks = new TaskService(taskStore, clock);
    private final AuditLog audit = new AuditLog(new InMemoryAuditStore(), clock);
    private final TokenService tokens = new TokenService(new InMemoryTokenStore(), audit, clock);
    private final InfrastructureService infrastructure =
            new InfrastructureService(componentStore, new InMemoryLinkedWork(taskStore, componentStore), rules, clock);
    private final TaskLinkService links = new TaskLinkService(taskStore, componentStore, clock);
    private final ComponentImport componentImport = new ComponentImport(componentStore, rules, clock);
    private final InMemoryLinkedWork linkedWork = new InMemoryLinkedWork(taskStore, componentStore);
    private final AlertIntake alerts = new AlertIntake(new InMemoryAlertStore(taskStore), clock);
    private final InMemoryTimeEntryStore timeEntries = new InMemoryTimeEntryStore();
    private final InMemoryBillingStore billingStore = new InMemoryBillingStore();
    private final BillingReports reports = new BillingReports(timeEntries, billingStore, linkedWork, taskStore, new InMemoryAlertStore(taskStore), clock);

    @Test
    void portZeroBindsAFreePortAndStartReturnsIt() {
        try (ApiServer first = server(); ApiServer second = server()) {
            int firstPort = first.start();
            int secondPort = second.start();

            assertThat(firstPort).isPositive().isNotEqualTo(secondPort);
        }
    }

    @Test
    void aServerStartsOnlyOnce() {
        try (ApiServer server = server()) {
            server.start();

            assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void closingIsHarmlessBeforeStartAndWhenRepeated() {
        ApiServer server = server();
        server.close();
        server.close();

        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingLetsARequestInFlightFinishAndThenRefusesNewOnes() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HealthProbe slow = () -> {
            entered.countDown();
            awaitQuietly(release);
            return new HealthProbe.DatabaseHealth("h2", true);
        };
        RunningApi api = RunningApi.startWith(RunningApi.defaultSettings(), slow, new InMemoryTaskStore());
        CompletableFuture<ApiReply> inFlight = CompletableFuture.supplyAsync(() -> api.get("/health").send());
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(api::close);
        Thread.sleep(300);
        assertThat(closing).as("close waits for the request in flight").isNotDone();
        release.countDown();

        assertThat(inFlight.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        closing.get(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> api.get("/health").send()).isInstanceOf(UncheckedIOException.class);
    }

    private ApiServer server() {
        TimeTracking time = new TimeTracking(taskStore, componentStore, timeEntries, runs, TimeSettings.DEFAULT, clock);
        return new ApiServer(new ApiServices(tasks, tokens, infrastructure, links, componentImport, new WorkConflicts(tasks, linkedWork),
                new WorkOverview(linkedWork), rules, alerts, new DeadLetters(new InMemoryDeadLetterStore(), alerts, clock),
                AlertRouting.fixed(AlertRules.DEFAULT), RunningApi.recordingOnly(taskStore, runs),
                new CommandHistory(componentStore, runs), time,
                new BillingAccounts(billingStore), reports, new TimeExports(reports, new LineExportWriter(), audit),
                new OperationsCostReport(componentStore, linkedWork, taskStore, new InMemoryAlertStore(taskStore), timeEntries, billingStore, audit, clock),
                new DraftTimesheets(taskStore, new InMemoryAlertStore(taskStore), runs, timeEntries, time, TimeSettings.DEFAULT, clock),
                new RunbookService(taskStore, new InMemoryAlertStore(taskStore), componentStore, linkedWork, RunningApi.recordingOnly(taskStore, runs),
                        timeEntries, new InMemoryRunbookStore(), new InMemoryRunbookArchive(), new MapRunbookDocuments(),
                        CaptureSettings.of("api-test", "tester"), audit, clock), audit,
                new BackupService(new InMemoryBackupArchiver(), StorageWatch.unwatched(), audit, clock), clock),
                RunningApi.HEALTHY_H2,
                RunningApi.defaultSettings().withStopTimeout(Duration.ofSeconds(2)));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
