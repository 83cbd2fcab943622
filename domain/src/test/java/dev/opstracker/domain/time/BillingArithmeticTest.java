package dev.opstracker.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingArithmeticTest {

    private static final BillingCode ACME = new BillingCode("ACME");
    private static final BillingCode K8S = new BillingCode("acme-k8s");

    @Test
    void roundingUpNearestAndDownToSixAndFifteenMinutesWithAMinimum() {
        assertThat(new Rounding(Rounding.Mode.UP, 6, Rounding.Scope.ENTRY, 0).apply(361)).isEqualTo(720);
        assertThat(new Rounding(Rounding.Mode.UP, 6, Rounding.Scope.ENTRY, 0).apply(360)).isEqualTo(360);
        assertThat(new Rounding(Rounding.Mode.NEAREST, 15, Rounding.Scope.ENTRY, 0).apply(449)).isZero();
        assertThat(new Rounding(Rounding.Mode.NEAREST, 15, Rounding.Scope.ENTRY, 0).apply(450)).isEqualTo(900);
        assertThat(new Rounding(Rounding.Mode.DOWN, 15, Rounding.Scope.DAY, 0).apply(1_799)).isEqualTo(900);
        assertThat(new Rounding(Rounding.Mode.NONE, 1, Rounding.Scope.ENTRY, 15).apply(60)).isEqualTo(900);
        assertThat(new Rounding(Rounding.Mode.UP, 15, Rounding.Scope.ENTRY, 15).apply(0)).isZero();
        assertThatThrownBy(() -> new Rounding(Rounding.Mode.UP, 7, Rounding.Scope.ENTRY, 0)).hasMessageContaining("7");
    }

    @Test
    void amountsAreExactToTheCentRoundedHalfUp() {
        Money rate = Money.of("95.50", "EUR");

        // 1 h 17 min 13 s = 4,633 s: 95.50 * 4633 / 3600 = 122.9029... -> 122.90
        assertThat(rate.forSeconds(4_633)).isEqualTo(Money.of("122.90", "EUR"));
        // 37 s at 120 JPY/h = 1.2333 -> 1 (yen has no minor unit)
        assertThat(Money.of("120", "JPY").forSeconds(37)).isEqualTo(Money.of("1", "JPY"));
        // 0.005 rounds up: 18 s at 1.00 EUR/h = 0.005
        assertThat(Money.of("1.00", "EUR").forSeconds(18)).isEqualTo(Money.of("0.01", "EUR"));
        assertThat(rate.forSeconds(3_600).plus(Money.of("0.10", "EUR"))).hasToString("95.60 EUR");
        assertThatThrownBy(() -> rate.plus(Money.of("1", "USD"))).isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("USD");
        assertThatThrownBy(() -> Money.of("9.5", "EURO")).hasMessageContaining("EURO");
        assertThatThrownBy(() -> Money.of("-1", "EUR")).hasMessageContaining("-1");
    }

    @Test
    void anAmountWithAHugeExponentIsRefusedAtOnceRatherThanWrittenOutDigitByDigit() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThatThrownBy(() -> Money.of("1e100000000", "EUR")).isInstanceOf(DomainException.InvalidInput.class)
                    .hasMessageContaining("at most 30 digits before the point");
            assertThatThrownBy(() -> Money.of("1e-100000000", "EUR")).isInstanceOf(DomainException.InvalidInput.class);
        });
        assertThat(Money.of("123456789012345678901234567890.000000000000000000000000000001", "EUR").amount()).isPositive();
    }

    @Test
    void theMostSpecificRateValidOnTheDayWins() {
        HourlyRate client = new HourlyRate(Money.of("100", "EUR"), LocalDate.of(2026, 1, 1), ACME, null, null);
        HourlyRate clientRaised = new HourlyRate(Money.of("110", "EUR"), LocalDate.of(2026, 7, 1), ACME, null, null);
        HourlyRate project = new HourlyRate(Money.of("120", "EUR"), LocalDate.of(2026, 1, 1), ACME, K8S, null);
        HourlyRate projectIncidents = new HourlyRate(Money.of("150", "EUR"), LocalDate.of(2026, 1, 1), ACME, K8S, Activity.INCIDENT);
        RateCard card = new RateCard(List.of(client, clientRaised, project, projectIncidents));

        assertThat(card.rateFor(ACME, null, Activity.MEETING, LocalDate.of(2026, 6, 30))).contains(client);
        assertThat(card.rateFor(ACME, null, Activity.MEETING, LocalDate.of(2026, 7, 1))).contains(clientRaised);
        assertThat(card.rateFor(ACME, K8S, Activity.MAINTENANCE, LocalDate.of(2026, 8, 1))).contains(project);
        assertThat(card.rateFor(ACME, K8S, Activity.INCIDENT, LocalDate.of(2026, 8, 1))).contains(projectIncidents);
        assertThat(card.rateFor(new BillingCode("OTHER"), null, Activity.INCIDENT, LocalDate.of(2026, 8, 1))).isEmpty();
        assertThat(card.rateFor(ACME, null, Activity.MEETING, LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void anAmountIsWrittenPlainAtTheCurrencysMinorUnitWithoutTrailingZerosBeyondIt() {
        assertThat(new Money(new BigDecimal("95.5000"), Currency.getInstance("EUR")).plainAmount()).isEqualTo("95.50");
        assertThat(Money.of("15000", "JPY").plainAmount()).isEqualTo("15000");
        assertThat(Money.of("0.125", "USD").plainAmount()).isEqualTo("0.125");
        assertThat(Money.of("1E+3", "EUR")).hasToString("1000.00 EUR");
    }
}
