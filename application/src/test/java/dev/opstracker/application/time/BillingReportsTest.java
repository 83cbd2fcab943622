package dev.opstracker.application.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.alert.AlertIntake;
import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.application.testing.InMemoryAuditStore;
import dev.opstracker.application.testing.InMemoryAlertStore;
import dev.opstracker.application.testing.InMemoryBillingStore;
import dev.opstracker.application.testing.InMemoryCommandRunStore;
import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.application.testing.InMemoryLinkedWork;
import dev.opstracker.application.testing.InMemoryTaskStore;
import dev.opstracker.application.testing.InMemoryTimeEntryStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.TaskFixtures;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.Severity;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.audit.AuditEntry;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Period;
import dev.opstracker.domain.time.ReportLine;
import dev.opstracker.domain.time.Rounding;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BillingReportsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BillingCode ACME = new BillingCode("ACME");
    private static final Instant NOW = Instant.parse("2026-04-02T12:00:00Z");
    private static final TimeRange MARCH = new TimeRange(Instant.parse("2026-02-28T23:00:00Z"), Instant.parse("2026-03-31T22:00:00Z"));

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryAuditStore audit = new InMemoryAuditStore();
    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final InMemoryComponentStore components = new InMemoryComponentStore();
    private final InMemoryAlertStore alerts = new InMemoryAlertStore(tasks);
    private final InMemoryTimeEntryStore entries = new InMemoryTimeEntryStore();
    private final InMemoryBillingStore billing = new InMemoryBillingStore();
    private final TimeTracking time = new TimeTracking(tasks, components, entries, new InMemoryCommandRunStore(), TimeSettings.DEFAULT, clock);
    private final BillingReports reports = new BillingReports(entries, billing, new InMemoryLinkedWork(tasks, components), tasks, alerts, clock);
    private final TaskId acmeTask = tasks.add(new NewTask(TaskFixtures.aTask().titled("Rotate certs").forClient("ACME").build(), NOW)).id();

    BillingReportsTest() {
        Rounding upToQuarter = new Rounding(Rounding.Mode.UP, 15, Rounding.Scope.ENTRY, 0);
        new BillingAccounts(billing).createClient(new CreateClientCommand(new Client(ACME, "Acme", Currency.getInstance("EUR"), upToQuarter),
                Money.of("120.00", "EUR"), null));
    }

    private void work(TaskId task, String user, String start, String end) {
        time.add(new NewEntry(task, user, Instant.parse(start), Instant.parse(end), BERLIN, null, null, null, "note", Activity.INCIDENT));
    }

    @Test
    void aClientsMonthIsRoundedByItsRuleAndPricedByItsRateToTheCentAcrossTheDstNight() {
        // 22:50Z to 01:20Z on 28/29 March is 23:50 to 03:20 Berlin time: 10 minutes on the 28th, 140 on the 29th (clocks jump at 02:00).
        work(acmeTask, "marcus", "2026-03-28T22:50:00Z", "2026-03-29T01:20:00Z");
        work(acmeTask, "anna", "2026-03-10T09:00:00Z", "2026-03-10T09:01:00Z");

        List<ReportLine> lines = reports.report(new ReportRequest(MARCH, BERLIN, Period.DAY, ACME, null, null, null, null, false, null));

        assertThat(lines).extracting(ReportLine::bucket).containsExactly(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), null);
        ReportLine total = lines.getLast();
        assertThat(total.seconds()).isEqualTo(60 + 9_000);
        // Rounded up to 15 minutes per day piece: 15 + 15 + 150 = 180 minutes, at 120.00 an hour 360.00.
        assertThat(total.roundedSeconds()).isEqualTo(180 * 60);
        assertThat(total.amounts()).isEqualTo(Map.of(Currency.getInstance("EUR"), Money.of("360.00", "EUR")));
    }

    @Test
    void anImposedRuleReplacesEachClientsOwnAndUnknownClientsShowAsUnpriced() {
        TaskId other = tasks.add(new NewTask(TaskFixtures.aTask().forClient("GLOBEX").build(), NOW)).id();
        work(acmeTask, "marcus", "2026-03-10T09:00:00Z", "2026-03-10T09:01:00Z");
        work(other, "marcus", "2026-03-10T10:00:00Z", "2026-03-10T10:07:00Z");

        ReportLine total = reports.report(new ReportRequest(MARCH, BERLIN, Period.MONTH, null, null, null, null, null, false,
                new Rounding(Rounding.Mode.UP, 6, Rounding.Scope.ENTRY, 0))).getLast();

        assertThat(total.roundedSeconds()).isEqualTo(6 * 60 + 12 * 60);
        assertThat(total.unpricedSeconds()).isEqualTo(12 * 60);
        assertThat(total.amounts().get(Currency.getInstance("EUR"))).isEqualTo(Money.of("12.00", "EUR"));
    }

    @Test
    void aReportByComponentsCountsWorkOnTasksLinkedToThemOrBelowThem() {
        Component cluster = components.add(Component.create(ComponentDetails.of("cluster", "prod-eks").withProvider(Provider.AWS), null,
                ParentingRules.permissive(), NOW));
        Component service = components.add(Component.create(ComponentDetails.of("service", "checkout"), cluster, ParentingRules.permissive(), NOW));
        components.link(new TaskLink(acmeTask, service.id(), service.path(), LinkRole.AFFECTED, NOW));
        TaskId elsewhere = tasks.add(new NewTask(TaskFixtures.aTask().forClient("ACME").build(), NOW)).id();
        work(acmeTask, "marcus", "2026-03-10T09:00:00Z", "2026-03-10T10:00:00Z");
        work(elsewhere, "marcus", "2026-03-10T10:00:00Z", "2026-03-10T12:00:00Z");
        ReportRequest byCluster = new ReportRequest(MARCH, BERLIN, Period.MONTH, null, null, null, null, ComponentQueryParser.parse("kind:cluster"),
                true, null);

        assertThat(reports.report(byCluster).getLast().seconds()).isEqualTo(3_600);
        assertThat(reports.report(new ReportRequest(MARCH, BERLIN, Period.MONTH, null, null, null, null, ComponentQueryParser.parse("kind:cluster"),
                false, null)).getLast().seconds()).isZero();
        assertThat(reports.report(new ReportRequest(MARCH, BERLIN, Period.MONTH, null, null, "anna", null, null, false, null)).getLast().seconds())
                .isZero();
    }

    @Test
    void exportedEntriesComeByStartPricedAsTheReportWithTheirTaskTitleAndTheAlertThatOpenedIt() {
        AlertIntake intake = new AlertIntake(alerts, clock);
        TaskId alerted = intake.receive(AlertSource.GENERIC, "{}".getBytes(StandardCharsets.UTF_8), List.of(new Alert(AlertSource.GENERIC, null,
                "disk-full", "disk-full-1", AlertStatus.FIRING, Severity.WARNING, "Disk full on db-1", null, null, null, null, null, null))).get(0).taskId();
        work(alerted, "marcus", "2026-03-10T11:00:00Z", "2026-03-10T11:20:00Z");
        work(acmeTask, "marcus", "2026-03-10T09:00:00Z", "2026-03-10T09:01:00Z");
        time.start(acmeTask, "anna", BERLIN, Activity.INCIDENT);

        List<ReportedEntry> exported;
        try (Stream<ReportedEntry> stream = reports.entries(ReportRequest.of(MARCH, BERLIN), false)) {
            exported = stream.toList();
        }

        assertThat(exported).extracting(entry -> entry.priced().entry().details().start())
                .containsExactly(Instant.parse("2026-03-10T09:00:00Z"), Instant.parse("2026-03-10T11:00:00Z"));
        assertThat(exported.get(0).taskTitle()).isEqualTo("Rotate certs");
        assertThat(exported.get(0).alert()).isNull();
        assertThat(exported.get(0).priced().amount()).isEqualTo(Money.of("30.00", "EUR"));
        assertThat(exported.get(1).alert()).isEqualTo("generic:disk-full");
    }

    @Test
    void anExportWritesTheReportOrOnlyFinishedEntriesThroughTheWriter() {
        work(acmeTask, "marcus", "2026-03-10T09:00:00Z", "2026-03-10T09:01:00Z");
        TimeRange april = new TimeRange(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"));
        time.start(acmeTask, "anna", BERLIN, Activity.INCIDENT);
        clock.advance(java.time.Duration.ofMinutes(30));
        List<String> written = new ArrayList<>();
        TimeExports exports = new TimeExports(reports, new TimeExportWriter() {
            @Override
            public void writeReport(Writer out, ReportRequest request, List<ReportLine> lines, ExportFormat format) {
                written.add(format.wireName() + " " + lines.getLast().seconds());
            }

            @Override
            public void writeEntries(Writer out, ReportRequest request, Iterable<ReportedEntry> entries, ExportFormat format, ExportOptions options) {
                entries.forEach(entry -> written.add(format.wireName() + " " + entry.priced().entry().details().user()));
            }
        }, new AuditLog(audit, clock));

        exports.export(ReportRequest.of(april, BERLIN), ExportFormat.JSON, null, new StringWriter());
        exports.export(ReportRequest.of(april, BERLIN), ExportFormat.HARVEST, ExportOptions.DEFAULT, new StringWriter());
        exports.export(ReportRequest.of(MARCH, BERLIN), ExportFormat.TOGGL, null, new StringWriter());

        assertThat(written).containsExactly("json 1800", "toggl marcus");
        assertThat(audit.all()).extracting(AuditEntry::actor).containsOnly(Actor.LIBRARY);
        assertThat(audit.all()).extracting(AuditEntry::target).containsExactly("time report", "time entries", "time entries");
    }

    @Test
    void everyExportIsRecordedWithItsActorFilterAndFormatBeforeItsFirstByteAndNeverItsData() {
        work(acmeTask, "marcus", "2026-03-10T09:00:00Z", "2026-03-10T09:01:00Z");
        Actor accountant = Actor.token("accountant", 7);
        List<Integer> recordedBeforeWriting = new ArrayList<>();
        TimeExports exports = new TimeExports(reports, new TimeExportWriter() {
            @Override
            public void writeReport(Writer out, ReportRequest request, List<ReportLine> lines, ExportFormat format) {
                recordedBeforeWriting.add(audit.all().size());
            }

            @Override
            public void writeEntries(Writer out, ReportRequest request, Iterable<ReportedEntry> entries, ExportFormat format, ExportOptions options) {
                recordedBeforeWriting.add(audit.all().size());
            }
        }, new AuditLog(audit, clock));
        ReportRequest request = new ReportRequest(MARCH, BERLIN, Period.DAY, ACME, null, "marcus", acmeTask, null, true,
                Rounding.of("up", 15, "entry", 0));

        exports.export(accountant, request, ExportFormat.HARVEST, ExportOptions.DEFAULT, new StringWriter());

        assertThat(recordedBeforeWriting).containsExactly(1);
        AuditEntry entry = audit.all().getFirst();
        assertThat(entry.actor()).isEqualTo(accountant);
        assertThat(entry.action()).isEqualTo(AuditAction.DATA_EXPORTED);
        assertThat(entry.target()).isEqualTo("time entries");
        assertThat(entry.detail()).isEqualTo("from=2026-02-28T23:00:00Z to=2026-03-31T22:00:00Z tz=Europe/Berlin groupBy=day client=ACME user=marcus task="
                + acmeTask + " subtree=true rounding=up/15/entry/0 format=harvest");
    }

    @Test
    void aFormatOrAClockifyPatternThatIsUnknownIsNamed() {
        assertThatThrownBy(() -> ExportFormat.parse("xls")).hasMessageContaining("format").hasMessageContaining("harvest");
        assertThat(ExportFormat.parse(null)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.parse(" Entries-CSV ")).isEqualTo(ExportFormat.ENTRIES_CSV);
        assertThatThrownBy(() -> new ExportOptions("MM/dd/yyyy HH", null)).hasMessageContaining("dateFormat");
        assertThatThrownBy(() -> new ExportOptions(null, "qqq")).hasMessageContaining("timeFormat");
        assertThat(new ExportOptions("MM/dd/yyyy", "hh:mm:ss a").timeFormatter().format(java.time.LocalTime.of(13, 5, 9))).isEqualTo("01:05:09 PM");
    }
}
