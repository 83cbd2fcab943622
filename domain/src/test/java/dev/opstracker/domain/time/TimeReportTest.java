package dev.opstracker.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeReportTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final BillingCode ACME = new BillingCode("ACME");
    private static final RateCard RATES = new RateCard(List.of(new HourlyRate(Money.of("90.00", "EUR"), LocalDate.of(2026, 1, 1), ACME, null, null)));
    private static final TimeRange MARCH = new TimeRange(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
    private static final Instant NOW = Instant.parse("2026-03-30T12:00:00Z");

    private static long ids;

    private static TimeEntry entry(String user, String start, String end, BillingCode client, boolean billable) {
        TimeEntryDetails details = new TimeEntryDetails(TaskId.of(1), user, Instant.parse(start), end == null ? null : Instant.parse(end), BERLIN,
                client, null, billable, null, Activity.INCIDENT);
        return new TimeEntry(TimeEntryId.of(++ids), details, NOW, NOW, 1);
    }

    @Test
    void anEntryAcrossMidnightOnTheDstNightIsCutRoundedPerDayPortionAndPricedToTheCent() {
        // Berlin midnight of 29 March is 23:00Z; the clocks jump at 01:00Z that night.
        List<TimeEntry> entries = List.of(entry("marcus", "2026-03-28T22:30:00Z", "2026-03-29T00:10:00Z", ACME, true),
                entry("marcus", "2026-03-29T08:00:00Z", "2026-03-29T08:07:30Z", ACME, false));

        List<ReportLine> lines = TimeReport.build(entries, MARCH, Period.DAY, BERLIN, new Rounding(Rounding.Mode.UP, 6, Rounding.Scope.ENTRY, 0),
                RATES, NOW);

        assertThat(lines).containsExactly(
                new ReportLine(LocalDate.of(2026, 3, 28), 1_800, 1_800, 1_800, Map.of(EUR, Money.of("45.00", "EUR")), 0),
                new ReportLine(LocalDate.of(2026, 3, 29), 4_650, 4_200, 4_320, Map.of(EUR, Money.of("108.00", "EUR")), 0),
                new ReportLine(null, 6_450, 6_000, 6_120, Map.of(EUR, Money.of("153.00", "EUR")), 0));
    }

    @Test
    void roundingPerDayRoundsTheDaysTotalInsteadOfEachEntry() {
        List<TimeEntry> entries = List.of(entry("marcus", "2026-03-10T09:00:00Z", "2026-03-10T09:10:00Z", ACME, true),
                entry("marcus", "2026-03-10T11:00:00Z", "2026-03-10T11:10:00Z", ACME, true));

        ReportLine perEntry = last(TimeReport.build(entries, MARCH, Period.MONTH, ZoneOffset.UTC,
                new Rounding(Rounding.Mode.NEAREST, 15, Rounding.Scope.ENTRY, 0), RATES, NOW));
        ReportLine perDay = last(TimeReport.build(entries, MARCH, Period.MONTH, ZoneOffset.UTC,
                new Rounding(Rounding.Mode.NEAREST, 15, Rounding.Scope.DAY, 0), RATES, NOW));

        assertThat(perEntry.roundedSeconds()).isEqualTo(1_800);
        assertThat(perEntry.amounts()).containsEntry(EUR, Money.of("45.00", "EUR"));
        assertThat(perDay.roundedSeconds()).isEqualTo(900);
        assertThat(perDay.amounts()).containsEntry(EUR, Money.of("22.50", "EUR"));
    }

    @Test
    void entriesAreCutToTheRangeARunningOneCountsUntilNowAndUnpricedTimeIsShown() {
        List<TimeEntry> entries = List.of(entry("marcus", "2026-02-28T23:00:00Z", "2026-03-01T01:00:00Z", ACME, true),
                entry("anna", "2026-03-30T11:00:00Z", null, new BillingCode("OTHER"), true));

        ReportLine total = last(TimeReport.build(entries, MARCH, Period.MONTH, ZoneOffset.UTC, Rounding.NONE, RATES, NOW));

        assertThat(total.seconds()).isEqualTo(3_600 + 3_600);
        assertThat(total.unpricedSeconds()).isEqualTo(3_600);
        assertThat(total.amounts()).containsEntry(EUR, Money.of("90.00", "EUR"));
    }

    private static ReportLine last(List<ReportLine> lines) {
        return lines.get(lines.size() - 1);
    }
}
