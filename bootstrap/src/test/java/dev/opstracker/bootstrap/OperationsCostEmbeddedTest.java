package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.infra.CreateComponentCommand;
import dev.opstracker.application.time.CreateClientCommand;
import dev.opstracker.application.time.NewEntry;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.NodeCost;
import dev.opstracker.domain.time.Rounding;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operations cost report through the embedded facade, on H2. */
class OperationsCostEmbeddedTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dataDirectory;

    @Test
    void aClustersTaskAndItsHourArePricedByTheClientTaggedOnItsProvider() {
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            Currency eur = Currency.getInstance("EUR");
            ops.billing().createClient(new CreateClientCommand(new Client(new BillingCode("ACME"), "Acme", eur,
                    new Rounding(Rounding.Mode.UP, 15, Rounding.Scope.ENTRY, 0)), Money.of("120.00", "EUR"), null));
            Component aws = ops.infrastructure().create(new CreateComponentCommand(ComponentDetails.of("provider", "aws").withProvider(Provider.AWS)
                    .withTags(Map.of("client", "ACME")), null));
            Component cluster = ops.infrastructure().create(new CreateComponentCommand(ComponentDetails.of("cluster", "prod-eks"), aws.id()));
            TaskId task = ops.tasks().create(TaskDetails.titled("Upgrade prod-eks")).id();
            ops.links().link(task, cluster.id(), LinkRole.AFFECTED);
            // Mid-morning of yesterday in Berlin: an hour that never crosses a midnight, which would cut it in two rounded pieces.
            Instant start = LocalDate.now(BERLIN).minusDays(1).atTime(10, 0).atZone(BERLIN).toInstant();
            ops.time().add(new NewEntry(task, "marcus", start, start.plus(Duration.ofHours(1)), BERLIN, null, null, null, "drain nodes",
                    Activity.MAINTENANCE));
            TimeRange range = new TimeRange(start.minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)));

            List<NodeCost> rows = ops.operationsCost().report(ComponentQueryParser.parse("kind:cluster"), range, BERLIN);

            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.path()).isEqualTo(cluster.path());
                assertThat(row.tasksOpened()).isEqualTo(1);
                assertThat(row.meanTimeToAcknowledge()).isNull();
                assertThat(row.seconds()).isEqualTo(3_600);
                assertThat(row.amounts()).isEqualTo(Map.of(eur, Money.of("120.00", "EUR")));
            });
        }
    }
}
