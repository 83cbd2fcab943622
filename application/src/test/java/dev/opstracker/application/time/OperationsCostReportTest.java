package dev.opstracker.application.time;

import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.application.testing.InMemoryAuditStore;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.alert.AlertIntake;
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
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.NewTask;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.NodeCost;
import dev.opstracker.domain.time.Period;
import dev.opstracker.domain.time.Rounding;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tree: aws (client=ACME) > eu-west-1 > {prod-eks > {checkout, search}, staging-eks}, and gcp (client=ACME) > gke.
 * ACME pays 120.00 EUR an hour (2.00 a minute), each entry rounded up to 15 minutes.
 */
class OperationsCostReportTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final BillingCode ACME = new BillingCode("ACME");
    private static final Instant NOW = Instant.parse("2026-04-02T12:00:00Z");
    private static final TimeRange MARCH = new TimeRange(Instant.parse("2026-02-28T23:00:00Z"), Instant.parse("2026-03-31T22:00:00Z"));

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryTaskStore tasks = new InMemoryTaskStore();
    private final InMemoryComponentStore components = new InMemoryComponentStore();
    private final InMemoryAlertStore alerts = new InMemoryAlertStore(tasks);
    private final InMemoryTimeEntryStore entries = new InMemoryTimeEntryStore();
    private final InMemoryBillingStore billing = new InMemoryBillingStore();
    private final InMemoryLinkedWork linkedWork = new InMemoryLinkedWork(tasks, components);
    private final TimeTracking time = new TimeTracking(tasks, components, entries, new InMemoryCommandRunStore(), TimeSettings.DEFAULT, clock);
    private final InMemoryAuditStore audit = new InMemoryAuditStore();
    private final OperationsCostReport costs = new OperationsCostReport(components, linkedWork, tasks, alerts, entries, billing,
            new AuditLog(audit, clock), clock);

    private final Component aws = component(null, "provider", "aws", Map.of("client", "ACME"));
    private final Component euWest = component(aws, "region", "eu-west-1", Map.of());
    private final Component prodEks = component(euWest, "cluster", "prod-eks", Map.of());
    private final Component checkout = component(prodEks, "service", "checkout", Map.of());
    private final Component search = component(prodEks, "service", "search", Map.of());
    private final Component stagingEks = component(euWest, "cluster", "staging-eks", Map.of());
    private final Component gcp = component(null, "provider", "gcp", Map.of("client", "ACME"));
    private final Component gke = component(gcp, "cluster", "gke", Map.of());

    OperationsCostReportTest() {
        new BillingAccounts(billing).createClient(new CreateClientCommand(new Client(ACME, "Acme", EUR, new Rounding(Rounding.Mode.UP, 15,
                Rounding.Scope.ENTRY, 0)), Money.of("120.00", "EUR"), null));
    }

    private Component component(Component parent, String kind, String name, Map<String, String> tags) {
        ComponentDetails details = ComponentDetails.of(kind, name).withTags(tags);
        return components.add(Component.create(parent == null ? details.withProvider(name.equals("aws") ? Provider.AWS : Provider.GCP) : details, parent,
                ParentingRules.permissive(), NOW));
    }

    private TaskId task(String createdAt, Component... linkedTo) {
        TaskId id = tasks.add(new NewTask(TaskFixtures.aTask().build(), Instant.parse(createdAt))).id();
        for (Component component : linkedTo) {
            link(id, component);
        }
        return id;
    }

    private void link(TaskId id, Component component) {
        components.link(new TaskLink(id, component.id(), component.path(), LinkRole.AFFECTED, NOW));
    }

    private void move(TaskId id, TaskStatus to, String at) {
        Task.StatusChange change = tasks.find(id).orElseThrow().moveTo(to, null, Instant.parse(at));
        tasks.update(change.task(), List.of(change.event()));
    }

    private void work(TaskId task, String user, String start, String end) {
        time.add(new NewEntry(task, user, Instant.parse(start), Instant.parse(end), BERLIN, null, null, null, "note", Activity.INCIDENT));
    }

    private TaskId alert(AlertIntake intake, String eventKey, AlertStatus status, String at) {
        clock.set(Instant.parse(at));
        TaskId opened = intake.receive(AlertSource.GENERIC, "{}".getBytes(StandardCharsets.UTF_8), List.of(new Alert(AlertSource.GENERIC, null,
                "disk-full", eventKey, status, Severity.WARNING, "Disk full on db-1", null, null, null, null, null, null))).get(0).taskId();
        clock.set(NOW);
        return opened;
    }

    /** Work across the tree in March; the comments give each task's part. */
    private void marchOfWork() {
        AlertIntake intake = new AlertIntake(alerts, clock);
        // T1, on checkout: opened by an alert at 09:00 that fired three times (two folded), acknowledged at 09:10, resolved at 09:50.
        TaskId alerted = alert(intake, "disk-full-1", AlertStatus.FIRING, "2026-03-10T09:00:00Z");
        alert(intake, "disk-full-2", AlertStatus.FIRING, "2026-03-10T09:02:00Z");
        alert(intake, "disk-full-3", AlertStatus.FIRING, "2026-03-10T09:05:00Z");
        link(alerted, checkout);
        move(alerted, TaskStatus.IN_PROGRESS, "2026-03-10T09:10:00Z");
        alert(intake, "disk-full-4", AlertStatus.RESOLVED, "2026-03-10T09:50:00Z");
        // 40 minutes, rounded to 45: 90.00.
        work(alerted, "marcus", "2026-03-10T09:10:00Z", "2026-03-10T09:50:00Z");
        // T2, on prod-eks itself: acknowledged after 20 minutes, still open; 67 minutes, rounded to 75: 150.00.
        TaskId upgrade = task("2026-03-12T08:00:00Z", prodEks);
        move(upgrade, TaskStatus.IN_PROGRESS, "2026-03-12T08:20:00Z");
        work(upgrade, "anna", "2026-03-12T08:20:00Z", "2026-03-12T09:27:00Z");
        // T3, on search, opened in February (not opened in March): February's hour does not count, March's 10 minutes do, rounded to 15: 30.00.
        TaskId older = task("2026-02-20T10:00:00Z", search);
        move(older, TaskStatus.IN_PROGRESS, "2026-02-20T10:01:00Z");
        work(older, "marcus", "2026-02-25T10:00:00Z", "2026-02-25T11:00:00Z");
        work(older, "marcus", "2026-03-05T10:00:00Z", "2026-03-05T10:10:00Z");
        // T4, on both checkout and search: counts once in prod-eks; 31 minutes, rounded to 45: 90.00.
        TaskId shared = task("2026-03-15T10:00:00Z", checkout, search);
        work(shared, "marcus", "2026-03-15T10:00:00Z", "2026-03-15T10:31:00Z");
        // T5, on eu-west-1: done after an hour; 15 minutes: 30.00.
        TaskId regional = task("2026-03-25T09:00:00Z", euWest);
        move(regional, TaskStatus.DONE, "2026-03-25T10:00:00Z");
        work(regional, "anna", "2026-03-25T09:00:00Z", "2026-03-25T09:15:00Z");
        // T6, on gke: 5 minutes, rounded to 15: 30.00.
        TaskId google = task("2026-03-20T13:00:00Z", gke);
        work(google, "anna", "2026-03-20T13:00:00Z", "2026-03-20T13:05:00Z");
    }

    @Test
    void clustersShowTheirSubtreesTasksAlertsResponseTimesAndTimePricedToTheCent() {
        marchOfWork();

        List<NodeCost> rows = costs.report(ComponentQueryParser.parse("kind:cluster"), MARCH, BERLIN);

        assertThat(rows).extracting(row -> row.path().toString()).containsExactly("aws/eu-west-1/prod-eks", "aws/eu-west-1/staging-eks", "gcp/gke");
        NodeCost prod = rows.get(0);
        // T1, T2 and T4 opened in March (T3 in February); T1's alert folded two firings.
        assertThat(prod.tasksOpened()).isEqualTo(3);
        assertThat(prod.alertsFolded()).isEqualTo(2);
        // Acknowledged: T1 after 10 minutes, T2 after 20, T4 never: a mean of 15. Resolved: only T1, after 50.
        assertThat(prod.meanTimeToAcknowledge()).isEqualTo(Duration.ofMinutes(15));
        assertThat(prod.meanTimeToResolve()).isEqualTo(Duration.ofMinutes(50));
        // 40 + 67 + 10 + 31 = 148 minutes; rounded 45 + 75 + 15 + 45 = 180 minutes at 2.00 a minute: 360.00.
        assertThat(prod.seconds()).isEqualTo(148 * 60);
        assertThat(prod.billableSeconds()).isEqualTo(148 * 60);
        assertThat(prod.roundedSeconds()).isEqualTo(180 * 60);
        assertThat(prod.amounts()).isEqualTo(Map.of(EUR, Money.of("360.00", "EUR")));
        assertThat(prod.unpricedSeconds()).isZero();
        NodeCost google = rows.get(2);
        assertThat(google.tasksOpened()).isEqualTo(1);
        assertThat(google.meanTimeToAcknowledge()).isNull();
        assertThat(google.seconds()).isEqualTo(5 * 60);
        assertThat(google.roundedSeconds()).isEqualTo(15 * 60);
        assertThat(google.amounts()).isEqualTo(Map.of(EUR, Money.of("30.00", "EUR")));
    }

    @Test
    void providersAddUpEveryLevelBelowThemCountingEachTaskOnce() {
        marchOfWork();

        List<NodeCost> rows = costs.report(ComponentQueryParser.parse("kind:provider"), MARCH, BERLIN);

        assertThat(rows).extracting(NodeCost::id).containsExactly(aws.id(), gcp.id());
        NodeCost amazon = rows.get(0);
        // prod-eks's work plus T5 on eu-west-1: opened T1, T2, T4, T5.
        assertThat(amazon.tasksOpened()).isEqualTo(4);
        assertThat(amazon.alertsFolded()).isEqualTo(2);
        assertThat(amazon.meanTimeToAcknowledge()).isEqualTo(Duration.ofMinutes(15));
        // Resolved: T1 after 50 minutes, T5 after 60: a mean of 55.
        assertThat(amazon.meanTimeToResolve()).isEqualTo(Duration.ofMinutes(55));
        // 148 + 15 = 163 minutes; rounded 180 + 15 = 195 minutes: 390.00.
        assertThat(amazon.seconds()).isEqualTo(163 * 60);
        assertThat(amazon.roundedSeconds()).isEqualTo(195 * 60);
        assertThat(amazon.amounts()).isEqualTo(Map.of(EUR, Money.of("390.00", "EUR")));
        assertThat(rows.get(1).amounts()).isEqualTo(Map.of(EUR, Money.of("30.00", "EUR")));
    }

    @Test
    void aNodesAmountIsWhatAReportOverItsSubtreeSays() {
        marchOfWork();
        BillingReports reports = new BillingReports(entries, billing, linkedWork, tasks, alerts, clock);

        NodeCost region = costs.report(ComponentQueryParser.parse("kind:region under:aws"), MARCH, BERLIN).getFirst();

        var reported = reports.report(new ReportRequest(MARCH, BERLIN, Period.MONTH, null, null, null, null,
                ComponentQueryParser.parse("under:aws/eu-west-1"), true, null)).getLast();
        assertThat(region.amounts()).isEqualTo(reported.amounts());
        assertThat(region.roundedSeconds()).isEqualTo(reported.roundedSeconds());
        assertThat(region.seconds()).isEqualTo(reported.seconds());
    }

    @Test
    void aNodeWithNothingShowsZerosAndNoMeans() {
        marchOfWork();

        NodeCost staging = costs.report(ComponentQueryParser.parse("name~staging*"), MARCH, BERLIN).getFirst();

        assertThat(staging.path()).isEqualTo(stagingEks.path());
        assertThat(staging.tasksOpened()).isZero();
        assertThat(staging.alertsFolded()).isZero();
        assertThat(staging.meanTimeToAcknowledge()).isNull();
        assertThat(staging.meanTimeToResolve()).isNull();
        assertThat(staging.seconds()).isZero();
        assertThat(staging.roundedSeconds()).isZero();
        assertThat(staging.amounts()).isEmpty();
        assertThat(costs.report(ComponentQueryParser.parse("kind:database"), MARCH, BERLIN)).isEmpty();
    }

    @Test
    void aRangeCountsTasksOpenedFromItsStartAndTimeUpToItsEnd() {
        task("2026-02-28T23:00:00Z", gke);
        TaskId lastMinute = task("2026-03-31T21:59:00Z", gke);
        task("2026-03-31T22:00:00Z", gke);
        work(lastMinute, "anna", "2026-03-31T21:59:00Z", "2026-03-31T22:30:00Z");

        NodeCost google = costs.report(ComponentQueryParser.parse("kind:cluster provider:gcp"), MARCH, BERLIN).getFirst();

        assertThat(google.tasksOpened()).isEqualTo(2);
        // Only the minute before the range ends counts, rounded up to 15.
        assertThat(google.seconds()).isEqualTo(60);
        assertThat(google.roundedSeconds()).isEqualTo(15 * 60);
        assertThat(google.amounts()).isEqualTo(Map.of(EUR, Money.of("30.00", "EUR")));
    }

    @Test
    void anAcknowledgementPastTheFirstPageOfHistoryIsFound() {
        TaskId restless = task("2026-03-02T08:00:00Z", gke);
        Instant at = Instant.parse("2026-03-02T08:00:00Z");
        for (int i = 0; i < 300; i++) {
            move(restless, TaskStatus.BLOCKED, at.plusSeconds(2 * i + 1).toString());
            move(restless, TaskStatus.OPEN, at.plusSeconds(2 * i + 2).toString());
        }
        move(restless, TaskStatus.IN_PROGRESS, "2026-03-02T09:00:00Z");

        assertThat(costs.report(ComponentQueryParser.parse("kind:cluster provider:gcp"), MARCH, BERLIN).getFirst().meanTimeToAcknowledge())
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aQueryMatchingMoreThanFiveHundredComponentsIsRefusedWithTheCount() {
        for (int i = 0; i < 495; i++) {
            component(gke, "service", "svc-" + i, Map.of());
        }

        assertThatThrownBy(() -> costs.report(ComponentQueryParser.parse(""), MARCH, BERLIN))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("components"))
                .hasMessageContaining("503").hasMessageContaining("500");
        assertThat(costs.report(ComponentQueryParser.parse("kind:service"), MARCH, BERLIN)).hasSize(497);
    }

    @Test
    void aReportNeedsARangeAndAZone() {
        assertThatThrownBy(() -> costs.report(ComponentQueryParser.parse(""), null, BERLIN)).hasMessageContaining("range");
        assertThatThrownBy(() -> costs.report(ComponentQueryParser.parse(""), MARCH, null)).hasMessageContaining("zone");
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void aReportMadeIsRecordedAsDataExportedWithItsActorAndFilterButNotItsFigures() {
        Actor accountant = Actor.token("accountant", 2);

        costs.report(accountant, ComponentQueryParser.parse("kind:cluster"), MARCH, BERLIN);

        assertThat(audit.all()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(accountant);
            assertThat(entry.action()).isEqualTo(AuditAction.DATA_EXPORTED);
            assertThat(entry.target()).isEqualTo("operations cost report");
            assertThat(entry.detail()).startsWith("from=2026-02-28T23:00:00Z to=2026-03-31T22:00:00Z tz=Europe/Berlin components=").contains("cluster");
        });
    }
}
