package dev.opstracker.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.task.BillingCode;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class BillingConflictsTest {

    private static final BillingCode ACME = new BillingCode("ACME");
    private static final BillingCode K8S = new BillingCode("acme-k8s");

    @Test
    void duplicatesNameWhatExistsAlready() {
        assertThat(BillingConflicts.duplicateClient(ACME)).hasMessageContaining("ACME").extracting("reason").isEqualTo("duplicate");
        assertThat(BillingConflicts.duplicateProject(new Project(ACME, K8S, null, null))).hasMessageContaining("ACME").hasMessageContaining("acme-k8s")
                .extracting("reason").isEqualTo("duplicate");
        assertThat(BillingConflicts.duplicateRate(new HourlyRate(Money.of("9", "EUR"), LocalDate.of(2026, 3, 1), ACME, null, Activity.INCIDENT)))
                .hasMessage("a rate for client ACME, project any and activity incident is valid from 2026-03-01 already");
        assertThat(BillingConflicts.duplicateRate(new HourlyRate(Money.zero(Currency.getInstance("EUR")), LocalDate.of(2026, 3, 1), null, K8S, null)))
                .hasMessage("a rate for client any, project acme-k8s and activity any is valid from 2026-03-01 already");
    }

    @Test
    void unknownClientsAndProjectsAreNamed() {
        assertThat(BillingConflicts.unknownClient(ACME)).hasMessage("client ACME does not exist");
        assertThat(BillingConflicts.unknownProject(ACME, K8S)).hasMessage("project ACME/acme-k8s does not exist");
    }
}
