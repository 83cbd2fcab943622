package dev.opstracker.export.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.time.Money;
import dev.opstracker.domain.time.Rounding;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ExportValuesTest {

    @Test
    void timestampsCarryTheZonesOffsetAtThatInstantAndUtcIsWrittenAsPlusZero() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertThat(ExportValues.timestamp(Instant.parse("2026-03-29T00:30:00Z"), berlin)).isEqualTo("2026-03-29T01:30:00+01:00");
        assertThat(ExportValues.timestamp(Instant.parse("2026-03-29T01:30:00Z"), berlin)).isEqualTo("2026-03-29T03:30:00+02:00");
        assertThat(ExportValues.timestamp(Instant.parse("2026-03-29T01:30:00Z"), ZoneId.of("UTC"))).isEqualTo("2026-03-29T01:30:00+00:00");
    }

    @Test
    void moneyIsAPlainDecimalAtTheCurrencysMinorUnitWithoutDroppingFinerDigits() {
        assertThat(ExportValues.money(Money.of("95.5", "EUR"))).isEqualTo("95.50");
        assertThat(ExportValues.money(Money.of("1200", "JPY"))).isEqualTo("1200");
        assertThat(ExportValues.money(Money.of("1.2E+3", "JPY"))).isEqualTo("1200");
        assertThat(ExportValues.money(Money.of("12.345", "KWD"))).isEqualTo("12.345");
        assertThat(ExportValues.money(Money.of("0.125", "USD"))).isEqualTo("0.125");
    }

    @Test
    void aRoundingRuleIsWrittenAsModeStepAndScopeWithItsMinimum() {
        assertThat(ExportValues.rounding(Rounding.NONE)).isEqualTo("none");
        assertThat(ExportValues.rounding(Rounding.of("up", 15, "entry", 0))).isEqualTo("up/15/entry");
        assertThat(ExportValues.rounding(Rounding.of("nearest", 6, "day", 30))).isEqualTo("nearest/6/day/min=30");
        assertThat(ExportValues.rounding(Rounding.of("none", 1, "entry", 15))).isEqualTo("none/1/entry/min=15");
    }

    @Test
    void durationsAreWrittenAsHoursMinutesSecondsAndAsDecimalHours() {
        assertThat(ExportValues.hhmmss(90_015)).isEqualTo("25:00:15");
        assertThat(ExportValues.decimalHours(5_415)).isEqualTo("1.50");
        assertThat(ExportValues.decimalHours(4_500)).isEqualTo("1.25");
    }
}
