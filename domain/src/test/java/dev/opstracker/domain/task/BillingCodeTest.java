package dev.opstracker.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class BillingCodeTest {

    @Test
    void codesOfLettersDigitsAndPunctuationAreAccepted() {
        assertThat(new BillingCode("acme-k8s_2026.q4").value()).isEqualTo("acme-k8s_2026.q4");
        assertThat(new BillingCode("ACME")).hasToString("ACME");
    }

    @Test
    void malformedCodesAreRejected() {
        for (String bad : new String[] {"-acme", "ac me", "", "a".repeat(65), "acme/prod"}) {
            assertThatThrownBy(() -> new BillingCode(bad)).as(bad).isInstanceOf(DomainException.InvalidInput.class);
        }
    }

    @Test
    void optionalCodesAreTrimmedAndBlankMeansNone() {
        assertThat(BillingCode.parseOptional("client", " ACME ")).isEqualTo(new BillingCode("ACME"));
        assertThat(BillingCode.parseOptional("client", "  ")).isNull();
        assertThat(BillingCode.parseOptional("client", null)).isNull();
    }

    @Test
    void aMalformedOptionalCodeNamesTheField() {
        assertThatThrownBy(() -> BillingCode.parseOptional("project", "no spaces"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("project");
                    assertThat(invalid.value()).isEqualTo("no spaces");
                });
    }
}
