package dev.opstracker.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class HourlyRateTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    private static HourlyRate rate(String amount) {
        return new HourlyRate(new Money(new BigDecimal(amount), Currency.getInstance("EUR")), FROM, null, null, null);
    }

    @Test
    void aRateKeepsFourDecimalPlacesAndFifteenDigitsBeforeThePoint() {
        assertThat(rate("95.1234").perHour()).isEqualTo(Money.of("95.1234", "EUR"));
        assertThat(rate("95.12340000").perHour().amount()).isEqualByComparingTo("95.1234");
        assertThat(rate("999999999999999.9999").perHour().amount()).hasScaleOf(4);
        assertThat(rate("0").perHour()).isEqualTo(Money.zero(Currency.getInstance("EUR")));
    }

    @Test
    void aRateFinerThanFourDecimalPlacesIsRefusedByName() {
        assertThatThrownBy(() -> rate("95.12345")).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("perHour")).hasMessageContaining("95.12345").hasMessageContaining("4 decimal");
    }

    @Test
    void aRateOfSixteenDigitsBeforeThePointOrBelowZeroIsRefused() {
        assertThatThrownBy(() -> rate("1000000000000000")).isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("15 digits");
        assertThatThrownBy(() -> rate("-0.01")).isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("not negative");
    }

    @Test
    void aRateNeedsAnAmountAndADate() {
        assertThatThrownBy(() -> new HourlyRate(null, FROM, null, null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new HourlyRate(Money.of("1", "EUR"), null, null, null, null)).isInstanceOf(NullPointerException.class);
    }
}
