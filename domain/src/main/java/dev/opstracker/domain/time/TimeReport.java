package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Time report arithmetic: entries cut to a range and to the buckets of a period in the report's
 * zone, exact seconds summed, billable seconds rounded (per entry within each day of the zone, or
 * per user and day) and priced by the most specific rate valid on that day. Money stays exact and
 * per currency; nothing is ever converted.
 */
public final class TimeReport {

    private TimeReport() {
    }

    /** The report's lines, one per bucket that holds time, in order, and the total last (its bucket null). */
    public static List<ReportLine> build(List<TimeEntry> entries, TimeRange range, Period period, ZoneId zone, Rounding rounding, RateCard rates,
            Instant now) {
        requireNonNull(entries, "entries is null");
        Map<LocalDate, Totals> buckets = new TreeMap<>();
        // Per user and day, for rounding per day: the billable seconds and the first entry's billing (which prices the day).
        Map<String, Map<LocalDate, Long>> dayBillable = new HashMap<>();
        Map<String, Map<LocalDate, TimeEntryDetails>> dayBilling = new HashMap<>();
        for (TimeEntry entry : entries) {
            TimeEntryDetails details = entry.details();
            Instant start = details.start().isBefore(range.from()) ? range.from() : details.start();
            Instant end = details.end() == null ? now : details.end();
            end = end.isAfter(range.to()) ? range.to() : end;
            if (!end.isAfter(start)) {
                continue;
            }
            Period.DAY.split(start, end, zone).forEach((day, seconds) -> {
                Totals bucket = buckets.computeIfAbsent(period.bucketOf(day), any -> new Totals());
                bucket.seconds += seconds;
                if (!details.billable()) {
                    return;
                }
                bucket.billable += seconds;
                if (rounding.scope() == Rounding.Scope.DAY) {
                    dayBillable.computeIfAbsent(details.user(), any -> new TreeMap<>()).merge(day, seconds, Long::sum);
                    dayBilling.computeIfAbsent(details.user(), any -> new HashMap<>()).putIfAbsent(day, details);
                } else {
                    bucket.price(rounding.apply(seconds), details, day, rates);
                }
            });
        }
        dayBillable.forEach((user, days) -> days.forEach((day, seconds) ->
                buckets.get(period.bucketOf(day)).price(rounding.apply(seconds), dayBilling.get(user).get(day), day, rates)));
        List<ReportLine> lines = new ArrayList<>();
        Totals total = new Totals();
        buckets.forEach((bucket, totals) -> {
            lines.add(totals.line(bucket));
            total.add(totals);
        });
        lines.add(total.line(null));
        return lines;
    }

    /** What one bucket (or the whole report) adds up to so far. */
    private static final class Totals {
        long seconds;
        long billable;
        long rounded;
        long unpriced;
        final Map<Currency, Money> amounts = new HashMap<>();

        void price(long roundedSeconds, TimeEntryDetails billing, LocalDate day, RateCard rates) {
            rounded += roundedSeconds;
            Optional<HourlyRate> rate = rates.rateFor(billing.client(), billing.project(), billing.activity(), day);
            if (rate.isEmpty()) {
                unpriced += roundedSeconds;
                return;
            }
            Money amount = rate.get().perHour().forSeconds(roundedSeconds);
            amounts.merge(amount.currency(), amount, Money::plus);
        }

        void add(Totals other) {
            seconds += other.seconds;
            billable += other.billable;
            rounded += other.rounded;
            unpriced += other.unpriced;
            other.amounts.forEach((currency, amount) -> amounts.merge(currency, amount, Money::plus));
        }

        ReportLine line(LocalDate bucket) {
            return new ReportLine(bucket, seconds, billable, rounded, amounts, unpriced);
        }
    }
}
