package dev.opstracker.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeCostTallyTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BillingCode ACME = new BillingCode("ACME");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-04-02T12:00:00Z");
    private static final TimeRange MARCH = new TimeRange(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
    private static final Component CLUSTER = Component.create(ComponentDetails.of("cluster", "prod-eks").withProvider(Provider.AWS), null,
            ParentingRules.permissive(), NOW).withId(ComponentId.of(3));
    private static final BillingTerms TERMS = new BillingTerms(List.of(new Client(ACME, "Acme", EUR, new Rounding(Rounding.Mode.UP, 15, Rounding.Scope.ENTRY, 0))),
            List.of(), new RateCard(List.of(new HourlyRate(Money.of("120.00", "EUR"), LocalDate.of(2026, 1, 1), ACME, null, null))));

    private long ids;

    private TimeEntry entry(String start, String end, BillingCode client, boolean billable) {
        return new TimeEntry(TimeEntryId.of(++ids), new TimeEntryDetails(TaskId.of(1), "marcus", Instant.parse(start), Instant.parse(end), BERLIN, client,
                null, billable, null, Activity.INCIDENT), NOW, NOW, 1);
    }

    private static TaskOperations opened(String at, Duration toAcknowledge, Duration toResolve, long folded) {
        return new TaskOperations(TaskId.of(1), Instant.parse(at), folded, toAcknowledge, toResolve);
    }

    @Test
    void countsAndMeansCoverOnlyTheTasksOpenedInTheRangeThatHaveThem() {
        NodeCostTally tally = new NodeCostTally(CLUSTER, MARCH, BERLIN, TERMS, NOW);
        tally.addTask(opened("2026-03-10T09:00:00Z", Duration.ofMinutes(10), Duration.ofMinutes(50), 2));
        tally.addTask(opened("2026-03-11T09:00:00Z", Duration.ofSeconds(61), null, 0));
        tally.addTask(opened("2026-03-12T09:00:00Z", null, null, 1));
        tally.addTask(opened("2026-02-27T09:00:00Z", Duration.ofDays(1), Duration.ofDays(2), 5));

        NodeCost cost = tally.finish();

        assertThat(cost.tasksOpened()).isEqualTo(3);
        assertThat(cost.alertsFolded()).isEqualTo(3);
        // (600 + 61) / 2 = 330.5 seconds, rounded half up.
        assertThat(cost.meanTimeToAcknowledge()).isEqualTo(Duration.ofSeconds(331));
        assertThat(cost.meanTimeToResolve()).isEqualTo(Duration.ofMinutes(50));
        assertThat(cost.id()).isEqualTo(CLUSTER.id());
        assertThat(cost.path()).isEqualTo(ComponentPath.parse("prod-eks"));
        assertThat(cost.kind()).isEqualTo(ComponentKind.parse("cluster"));
    }

    @Test
    void timeIsCutToTheRangeRoundedAndPricedAsAReportPricesItWithUnpricedTimeShown() {
        NodeCostTally tally = new NodeCostTally(CLUSTER, MARCH, BERLIN, TERMS, NOW);
        List<TimeEntry> entries = List.of(entry("2026-02-28T23:50:00Z", "2026-03-01T00:20:00Z", ACME, true),
                entry("2026-03-10T09:00:00Z", "2026-03-10T09:01:00Z", ACME, true),
                entry("2026-03-10T10:00:00Z", "2026-03-10T10:30:00Z", ACME, false),
                entry("2026-03-11T10:00:00Z", "2026-03-11T10:07:00Z", new BillingCode("GLOBEX"), true));
        entries.forEach(tally::addEntry);

        NodeCost cost = tally.finish();

        // 20 + 1 + 30 + 7 minutes in March; billable 20 + 1 + 7; ACME rounded up to 15 minutes per entry (30 + 15), GLOBEX unrounded and unpriced (7).
        assertThat(cost.seconds()).isEqualTo(58 * 60);
        assertThat(cost.billableSeconds()).isEqualTo(28 * 60);
        assertThat(cost.roundedSeconds()).isEqualTo(52 * 60);
        assertThat(cost.unpricedSeconds()).isEqualTo(7 * 60);
        // 45 minutes at 120.00 an hour.
        assertThat(cost.amounts()).isEqualTo(Map.of(EUR, Money.of("90.00", "EUR")));
        List<ReportLine> report = TimeReport.build(entries, MARCH, Period.MONTH, BERLIN, TERMS, NOW);
        assertThat(report.getLast().amounts()).isEqualTo(cost.amounts());
        assertThat(report.getLast().roundedSeconds()).isEqualTo(cost.roundedSeconds());
    }

    @Test
    void aNodeWithNothingHasZerosAndNoMeans() {
        NodeCost cost = new NodeCostTally(CLUSTER, MARCH, BERLIN, TERMS, NOW).finish();

        assertThat(cost.tasksOpened()).isZero();
        assertThat(cost.seconds()).isZero();
        assertThat(cost.amounts()).isEmpty();
        assertThat(cost.meanTimeToAcknowledge()).isNull();
        assertThat(cost.meanTimeToResolve()).isNull();
    }

    @Test
    void pathsComeInTreeOrderEachBeforeWhatIsBelowIt() {
        List<ComponentPath> paths = new ArrayList<>(List.of(ComponentPath.parse("gcp"), ComponentPath.parse("aws/eu-west-1/prod-eks"),
                ComponentPath.parse("aws-old"), ComponentPath.parse("aws"), ComponentPath.parse("aws/eu-west-1")));

        paths.sort(NodeCost.PATH_ORDER);

        assertThat(paths).extracting(ComponentPath::toString).containsExactly("aws", "aws/eu-west-1", "aws/eu-west-1/prod-eks", "aws-old", "gcp");
    }

    @Test
    void aNegativeCountIsABug() {
        assertThatThrownBy(() -> new NodeCost(CLUSTER.id(), CLUSTER.path(), CLUSTER.kind(), -1, 0, null, null, 0, 0, 0, Map.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prod-eks");
    }
}
