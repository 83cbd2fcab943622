package dev.opstracker.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ClientAndProjectTest {

    private static final BillingCode ACME = new BillingCode("ACME");
    private static final BillingCode K8S = new BillingCode("acme-k8s");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Rounding UP_15 = new Rounding(Rounding.Mode.UP, 15, Rounding.Scope.ENTRY, 0);

    @Test
    void aClientWithoutANameIsNamedByItsCodeAndRoundsNothingWithoutARule() {
        Client client = new Client(ACME, "  ", EUR, null);

        assertThat(client.name()).isEqualTo("ACME");
        assertThat(client.rounding()).isEqualTo(Rounding.NONE);
        assertThat(new Client(ACME, null, EUR, UP_15).name()).isEqualTo("ACME");
    }

    @Test
    void aClientNameIsStrippedAndKeepsItsUnicode() {
        assertThat(new Client(ACME, "  Äcme Ünïcode GmbH 🚀 ", EUR, UP_15).name()).isEqualTo("Äcme Ünïcode GmbH 🚀");
    }

    @Test
    void aNameHasAtMost200Characters() {
        assertThat(new Client(ACME, "a".repeat(200), EUR, null).name()).hasSize(200);
        assertThatThrownBy(() -> new Client(ACME, "a".repeat(201), EUR, null)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("name")).hasMessageContaining("200");
        assertThatThrownBy(() -> new Project(ACME, K8S, "p".repeat(201), null)).isInstanceOf(DomainException.InvalidInput.class)
                .hasMessageContaining("200");
    }

    @Test
    void aNameWithALoneSurrogateIsRefused() {
        assertThatThrownBy(() -> new Client(ACME, "bad \uD800 name", EUR, null)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("name"));
    }

    @Test
    void aClientNeedsACodeAndACurrency() {
        assertThatThrownBy(() -> new Client(null, "Acme", EUR, null)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("code"));
        assertThatThrownBy(() -> new Client(ACME, "Acme", null, null)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("currency"));
    }

    @Test
    void aProjectIsNamedByItsCodeWhenUnnamedAndMayLeaveRoundingToItsClient() {
        Project project = new Project(ACME, K8S, null, null);

        assertThat(project.name()).isEqualTo("acme-k8s");
        assertThat(project.rounding()).isNull();
        assertThat(new Project(ACME, K8S, " Kubernetes ", UP_15).name()).isEqualTo("Kubernetes");
    }

    @Test
    void aProjectNeedsItsClientAndACode() {
        assertThatThrownBy(() -> new Project(null, K8S, "k8s", null)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("client"));
        assertThatThrownBy(() -> new Project(ACME, null, "k8s", null)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("code"));
    }
}
