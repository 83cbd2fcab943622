package dev.opstracker.export.time;

import static dev.opstracker.export.time.ExportedEntryBuilder.anEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.time.Rounding;
import org.junit.jupiter.api.Test;

class ExportedEntryTest {

    @Test
    void anEntryWithoutARoundingRuleWasRoundedByNoneAndABlankAlertIsNoAlert() {
        ExportedEntry entry = anEntry().alert("  ").build();

        assertThat(entry.rounding()).isEqualTo(Rounding.NONE);
        assertThat(entry.alert()).isNull();
        assertThat(entry.isPriced()).isFalse();
        assertThat(entry.seconds()).isEqualTo(5_415);
    }

    @Test
    void anAmountWithoutTheRateThatPricedItIsRejected() {
        assertThatThrownBy(() -> anEntry().amount("10.00", "EUR").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hourlyRate null and amount 10.00 EUR");
    }

    @Test
    void aRateAndAnAmountInTwoCurrenciesAreRejected() {
        assertThatThrownBy(() -> anEntry().rate("95.50", "EUR").amount("10.00", "USD").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both are in one currency");
    }

    @Test
    void negativeRoundedSecondsAreRejected() {
        assertThatThrownBy(() -> anEntry().roundedSeconds(-1).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("roundedSeconds -1");
    }
}
