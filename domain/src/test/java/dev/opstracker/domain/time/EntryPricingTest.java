package dev.opstracker.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryPricingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BillingCode ACME = new BillingCode("ACME");
    private static final BillingCode GLOBEX = new BillingCode("GLOBEX");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final TimeRange MARCH = new TimeRange(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
    private static final Instant NOW = Instant.parse("2026-03-30T12:00:00Z");
    private static final RateCard RATES = new RateCard(List.of(new HourlyRate(Money.of("100.00", "EUR"), LocalDate.of(2026, 1, 1), null, null, null)));

    private long ids;

    private TimeEntry entry(String user, String start, String end, BillingCode client, boolean billable) {
        return new TimeEntry(TimeEntryId.of(++ids), new TimeEntryDetails(TaskId.of(1), user, Instant.parse(start), end == null ? null : Instant.parse(end),
                BERLIN, client, null, billable, null, Activity.INCIDENT), NOW, NOW, 1);
    }

    private static BillingTerms terms(Rounding acme, Rounding globex) {
        return new BillingTerms(List.of(new Client(ACME, "Acme", EUR, acme), new Client(GLOBEX, "Globex", EUR, globex)), List.of(), RATES);
    }

    private static List<PricedEntry> price(BillingTerms terms, ZoneId zone, TimeEntry... entries) {
        List<PricedEntry> priced = new ArrayList<>();
        EntryPricing pricing = new EntryPricing(MARCH, zone, terms, NOW, priced::add);
        for (TimeEntry entry : entries) {
            pricing.add(entry);
        }
        pricing.finish();
        return priced;
    }

    @Test
    void roundingUpPerDayGivesTheDifferenceToTheDaysLastPieceAndItsCentsAddUpToTheDaysAmount() {
        Rounding upPerDay = new Rounding(Rounding.Mode.UP, 15, Rounding.Scope.DAY, 0);

        List<PricedEntry> priced = price(terms(upPerDay, Rounding.NONE), ZoneOffset.UTC,
                entry("marcus", "2026-03-10T09:00:00Z", "2026-03-10T09:10:00Z", ACME, true),
                entry("marcus", "2026-03-10T10:00:00Z", "2026-03-10T10:07:00Z", ACME, true),
                entry("marcus", "2026-03-10T11:00:00Z", "2026-03-10T11:01:00Z", ACME, true));

        // 18 minutes round up to 30: 10, 7 and 1 + 12. At 100.00 an hour the day is 50.00, cut where each piece ends:
        // 10 minutes 16.67, 17 minutes 28.33 (so 11.66), 30 minutes 50.00 (so 21.67).
        assertThat(priced).extracting(PricedEntry::roundedSeconds).containsExactly(600L, 420L, 780L);
        assertThat(priced).extracting(PricedEntry::amount)
                .containsExactly(Money.of("16.67", "EUR"), Money.of("11.66", "EUR"), Money.of("21.67", "EUR"));
    }

    @Test
    void roundingDownPerDayTakesFromTheLastPiecesButNeverBelowZero() {
        Rounding downPerDay = new Rounding(Rounding.Mode.DOWN, 15, Rounding.Scope.DAY, 0);

        List<PricedEntry> priced = price(terms(downPerDay, Rounding.NONE), ZoneOffset.UTC,
                entry("marcus", "2026-03-10T09:00:00Z", "2026-03-10T09:20:00Z", ACME, true),
                entry("marcus", "2026-03-10T10:00:00Z", "2026-03-10T10:03:00Z", ACME, true));

        // 23 minutes round down to 15: the 3-minute piece gives all it has, the 20-minute one the other 5.
        assertThat(priced).extracting(PricedEntry::roundedSeconds).containsExactly(900L, 0L);
        assertThat(priced).extracting(PricedEntry::seconds).containsExactly(1_200L, 180L);
        assertThat(priced.get(0).amount().plus(priced.get(1).amount())).isEqualTo(Money.of("25.00", "EUR"));
    }

    @Test
    void entriesComeOutInTheOrderTheyWentInEvenWhenAnEarlierOneWaitsForItsDay() {
        Rounding upPerDay = new Rounding(Rounding.Mode.UP, 15, Rounding.Scope.DAY, 0);
        TimeEntry first = entry("marcus", "2026-03-10T09:00:00Z", "2026-03-10T09:10:00Z", ACME, true);
        TimeEntry second = entry("anna", "2026-03-10T09:05:00Z", "2026-03-10T09:06:00Z", GLOBEX, true);
        TimeEntry nextDay = entry("marcus", "2026-03-11T09:00:00Z", "2026-03-11T09:01:00Z", ACME, true);
        List<PricedEntry> seen = new ArrayList<>();
        EntryPricing pricing = new EntryPricing(MARCH, ZoneOffset.UTC, terms(upPerDay, Rounding.NONE), NOW, seen::add);

        pricing.add(first);
        pricing.add(second);
        assertThat(seen).isEmpty();
        pricing.add(nextDay);
        assertThat(seen).extracting(PricedEntry::entry).containsExactly(first, second);
        pricing.finish();
        assertThat(seen).extracting(PricedEntry::entry).containsExactly(first, second, nextDay);
        assertThat(seen).extracting(PricedEntry::roundedSeconds).containsExactly(900L, 60L, 900L);
    }

    @Test
    void anEntryAcrossBerlinMidnightIsRoundedPerDayPieceAndUnbillableTimeIsNeitherRoundedNorPriced() {
        Rounding upPerEntry = new Rounding(Rounding.Mode.UP, 6, Rounding.Scope.ENTRY, 0);

        List<PricedEntry> priced = price(terms(upPerEntry, Rounding.NONE), BERLIN,
                entry("marcus", "2026-03-28T22:58:00Z", "2026-03-28T23:01:00Z", ACME, true),
                entry("marcus", "2026-03-29T08:00:00Z", "2026-03-29T08:07:30Z", ACME, false));

        PricedEntry acrossMidnight = priced.get(0);
        assertThat(acrossMidnight.pieces()).extracting(PricedPiece::day).containsExactly(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29));
        assertThat(acrossMidnight.seconds()).isEqualTo(180);
        assertThat(acrossMidnight.roundedSeconds()).isEqualTo(720);
        assertThat(acrossMidnight.amount()).isEqualTo(Money.of("20.00", "EUR"));
        assertThat(acrossMidnight.rate().perHour()).isEqualTo(Money.of("100", "EUR"));
        assertThat(priced.get(1).billableSeconds()).isZero();
        assertThat(priced.get(1).amount()).isNull();
        assertThat(priced.get(1).rate()).isNull();
    }

    @Test
    void aReportsTotalIsTheSumOfItsPricedEntries() {
        BillingTerms terms = terms(new Rounding(Rounding.Mode.NEAREST, 6, Rounding.Scope.DAY, 0), new Rounding(Rounding.Mode.UP, 15, Rounding.Scope.ENTRY, 0));
        List<TimeEntry> entries = List.of(entry("marcus", "2026-03-10T09:00:00Z", "2026-03-10T09:04:00Z", ACME, true),
                entry("anna", "2026-03-10T09:02:00Z", "2026-03-11T01:00:00Z", GLOBEX, true),
                entry("marcus", "2026-03-10T13:00:00Z", "2026-03-10T13:02:00Z", ACME, true),
                entry("marcus", "2026-03-29T23:00:00Z", null, ACME, true));

        List<PricedEntry> priced = price(terms, BERLIN, entries.toArray(TimeEntry[]::new));
        ReportLine total = TimeReport.build(entries, MARCH, Period.WEEK, BERLIN, terms, NOW).getLast();

        assertThat(priced.stream().mapToLong(PricedEntry::roundedSeconds).sum()).isEqualTo(total.roundedSeconds());
        assertThat(priced.stream().mapToLong(PricedEntry::seconds).sum()).isEqualTo(total.seconds());
        assertThat(priced.stream().map(PricedEntry::amount).reduce(Money::plus).orElseThrow()).isEqualTo(total.amounts().get(EUR));
    }
}
