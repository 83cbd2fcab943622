package dev.opstracker.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.task.BillingCode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingTermsTest {

    private static final BillingCode ACME = new BillingCode("ACME");
    private static final BillingCode K8S = new BillingCode("acme-k8s");
    private static final BillingCode DNS = new BillingCode("acme-dns");
    private static final Rounding UP_15 = new Rounding(Rounding.Mode.UP, 15, Rounding.Scope.ENTRY, 0);
    private static final Rounding DAY_6 = new Rounding(Rounding.Mode.NEAREST, 6, Rounding.Scope.DAY, 30);
    private static final Rounding DOWN_30 = new Rounding(Rounding.Mode.DOWN, 30, Rounding.Scope.ENTRY, 0);
    private static final Client CLIENT = new Client(ACME, "Acme", Currency.getInstance("EUR"), UP_15);
    private static final RateCard RATES = new RateCard(List.of(new HourlyRate(Money.of("90", "EUR"), LocalDate.of(2026, 1, 1), ACME, null, null)));

    private final BillingTerms terms = new BillingTerms(List.of(CLIENT), List.of(new Project(ACME, K8S, "k8s", DAY_6), new Project(ACME, DNS, "dns", null)),
            RATES);

    @Test
    void aProjectsOwnRuleWinsOverItsClientsRule() {
        assertThat(terms.roundingFor(ACME, K8S)).isEqualTo(DAY_6);
    }

    @Test
    void aProjectWithoutARuleAndTimeWithoutAProjectRoundByTheClientsRule() {
        assertThat(terms.roundingFor(ACME, DNS)).isEqualTo(UP_15);
        assertThat(terms.roundingFor(ACME, null)).isEqualTo(UP_15);
        assertThat(terms.roundingFor(ACME, new BillingCode("unknown-project"))).isEqualTo(UP_15);
    }

    @Test
    void unknownClientsAndTimeWithoutAClientAreNotRounded() {
        assertThat(terms.roundingFor(new BillingCode("OTHER"), K8S)).isEqualTo(Rounding.NONE);
        assertThat(terms.roundingFor(null, null)).isEqualTo(Rounding.NONE);
        assertThat(terms.client(new BillingCode("OTHER"))).isNull();
        assertThat(terms.client(null)).isNull();
        assertThat(terms.client(ACME)).isEqualTo(CLIENT);
    }

    @Test
    void roundingAllImposesOneRuleAndKeepsClientsAndRates() {
        BillingTerms imposed = terms.roundingAll(DOWN_30);

        assertThat(imposed.roundingFor(ACME, K8S)).isEqualTo(DOWN_30);
        assertThat(imposed.roundingFor(null, null)).isEqualTo(DOWN_30);
        assertThat(imposed.client(ACME)).isEqualTo(CLIENT);
        assertThat(imposed.rates()).isEqualTo(RATES);
        assertThat(terms.roundingFor(ACME, K8S)).as("the original terms are unchanged").isEqualTo(DAY_6);
    }

    @Test
    void uniformTermsRoundEverythingAlikeAndKnowNoClients() {
        BillingTerms uniform = BillingTerms.uniform(UP_15, RATES);

        assertThat(uniform.roundingFor(ACME, K8S)).isEqualTo(UP_15);
        assertThat(uniform.roundingFor(null, null)).isEqualTo(UP_15);
        assertThat(uniform.client(ACME)).isNull();
        assertThat(uniform.rates().rateFor(ACME, null, Activity.OTHER, LocalDate.of(2026, 2, 1))).isPresent();
    }
}
