package dev.opstracker.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.task.BillingCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BillingDefaultsTest {

    private static final BillingCode ACME = new BillingCode("ACME");
    private static final BillingCode GLOBEX = new BillingCode("GLOBEX");

    @Test
    void codesGivenOrOnTheTaskWinOverComponentTags() {
        BillingDefaults chosen = BillingDefaults.choose(ACME, new BillingCode("web"), List.of(Map.of("client", "GLOBEX", "project", "k8s")));

        assertThat(chosen).isEqualTo(new BillingDefaults(ACME, new BillingCode("web")));
        assertThat(chosen.isComplete()).isTrue();
    }

    @Test
    void theFirstLinkedComponentNamingAClientBillsTheWorkAndItsProjectComesWithIt() {
        BillingDefaults chosen = BillingDefaults.choose(null, null,
                List.of(Map.of("env", "prod"), Map.of("client", "GLOBEX", "project", "k8s"), Map.of("client", "ACME", "project", "web")));

        assertThat(chosen).isEqualTo(new BillingDefaults(GLOBEX, new BillingCode("k8s")));
    }

    @Test
    void aProjectTagIsTakenOnlyBesideTheSameClientTagAndTagsThatAreNotCodesArePassedOver() {
        BillingDefaults chosen = BillingDefaults.choose(ACME, null, List.of(Map.of("client", "GLOBEX", "project", "k8s"), Map.of("project", "orphan"),
                Map.of("client", "ACME", "project", "not a code"), Map.of("client", "ACME", "project", "acme-web")));

        assertThat(chosen).isEqualTo(new BillingDefaults(ACME, new BillingCode("acme-web")));
        assertThat(BillingDefaults.choose(null, null, List.of(Map.of("client", "Acme Corp"))).isComplete()).isFalse();
    }
}
