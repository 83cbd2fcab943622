package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.time.BillingAccounts;
import dev.opstracker.application.time.CreateClientCommand;
import dev.opstracker.application.time.CreateProjectCommand;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.HourlyRate;
import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Project;
import dev.opstracker.domain.time.Rounding;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Billing through the embedded facade: what is set up survives reopening and prices work as entered. */
class EmbeddedBillingTest {

    private static final BillingCode ACME = new BillingCode("ACME");
    private static final BillingCode K8S = new BillingCode("acme-k8s");

    @TempDir
    Path dataDirectory;

    @Test
    void aClientWithARateAndAProjectSurviveReopening() {
        Client acme = new Client(ACME, "Äcme GmbH", Currency.getInstance("EUR"), new Rounding(Rounding.Mode.UP, 15, Rounding.Scope.ENTRY, 0));
        Project k8s = new Project(ACME, K8S, "Kubernetes", null);
        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            ops.billing().createClient(new CreateClientCommand(acme, Money.of("95.50", "EUR"), null));
            ops.billing().createProject(new CreateProjectCommand(k8s, Money.of("120", "EUR"), LocalDate.of(2026, 7, 1)));
        }

        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            assertThat(ops.billing().client(ACME)).isEqualTo(acme);
            assertThat(ops.billing().projects(ACME)).containsExactly(k8s);
            assertThat(ops.billing().rates()).first().isEqualTo(new HourlyRate(Money.of("95.50", "EUR"), BillingAccounts.ALWAYS, ACME, null, null))
                    .satisfies(rate -> assertThat(rate.perHour()).hasToString("95.50 EUR"));
            assertThat(ops.billing().terms().rates().rateFor(ACME, K8S, Activity.INCIDENT, LocalDate.of(2026, 7, 1))).map(HourlyRate::perHour)
                    .contains(Money.of("120", "EUR"));
            assertThat(ops.billing().terms().roundingFor(ACME, K8S)).isEqualTo(acme.rounding());
        }
    }
}
