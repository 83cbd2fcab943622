package dev.opstracker.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void aDayAcrossTheSpringSwitchHas23HoursAndTheAutumnOne25() {
        // Berlin jumps from 02:00 to 03:00 on 29 March 2026; Los Angeles falls back from 02:00 to 01:00 on 1 November 2026.
        Instant berlinMidnight = LocalDate.of(2026, 3, 29).atStartOfDay(BERLIN).toInstant();
        Instant laMidnight = LocalDate.of(2026, 11, 1).atStartOfDay(LOS_ANGELES).toInstant();

        assertThat(Period.DAY.split(berlinMidnight, berlinMidnight.plusSeconds(30 * 3600), BERLIN))
                .containsExactly(Map.entry(LocalDate.of(2026, 3, 29), 23 * 3600L), Map.entry(LocalDate.of(2026, 3, 30), 7 * 3600L));
        assertThat(Period.DAY.split(laMidnight, laMidnight.plusSeconds(30 * 3600), LOS_ANGELES))
                .containsExactly(Map.entry(LocalDate.of(2026, 11, 1), 25 * 3600L), Map.entry(LocalDate.of(2026, 11, 2), 5 * 3600L));
    }

    @Test
    void theSameEntryFallsOnDifferentDaysInUtcBerlinAndLosAngeles() {
        Instant start = Instant.parse("2026-06-30T22:30:00Z");
        Instant end = Instant.parse("2026-07-01T01:00:00Z");

        assertThat(Period.DAY.split(start, end, ZoneOffset.UTC))
                .containsExactly(Map.entry(LocalDate.of(2026, 6, 30), 5_400L), Map.entry(LocalDate.of(2026, 7, 1), 3_600L));
        assertThat(Period.DAY.split(start, end, BERLIN)).containsExactly(Map.entry(LocalDate.of(2026, 7, 1), 9_000L));
        assertThat(Period.DAY.split(start, end, LOS_ANGELES)).containsExactly(Map.entry(LocalDate.of(2026, 6, 30), 9_000L));
        assertThat(Period.MONTH.split(start, end, ZoneOffset.UTC))
                .containsExactly(Map.entry(LocalDate.of(2026, 6, 1), 5_400L), Map.entry(LocalDate.of(2026, 7, 1), 3_600L));
    }

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirst() {
        assertThat(Period.WEEK.bucketOf(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(Period.MONTH.bucketOf(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2026, 2, 1));
        Instant sunday = Instant.parse("2026-11-29T23:00:00Z");
        assertThat(Period.WEEK.split(sunday, sunday.plusSeconds(7_200), ZoneOffset.UTC))
                .containsExactly(Map.entry(LocalDate.of(2026, 11, 23), 3_600L), Map.entry(LocalDate.of(2026, 11, 30), 3_600L));
    }
}
