package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
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

    /** The report's lines under one rounding rule for all time: see {@link #build(List, TimeRange, Period, ZoneId, BillingTerms, Instant)}. */
    public static List<ReportLine> build(List<TimeEntry> entries, TimeRange range, Period period, ZoneId zone, Rounding rounding, RateCard rates,
            Instant now) {
        return build(entries, range, period, zone, BillingTerms.uniform(rounding, rates), now);
    }

    /**
     * The report's lines, one per bucket that holds time, in order, and the total last (its bucket
     * null). Billable time is rounded by the rule of its client and project: per entry within each
     * day of the zone, or per user, client, project and day.
     */
    public static List<ReportLine> build(List<TimeEntry> entries, TimeRange range, Period period, ZoneId zone, BillingTerms terms, Instant now) {
        requireNonNull(entries, "entries is null");
        Report report = new Report(range, period, zone, terms, now);
        entries.forEach(report::add);
        return report.lines();
    }

    /** A report being added up entry by entry, so entries may stream in from a store without being held. */
    public static final class Report {
        private final TimeRange range;
        private final Period period;
        private final ZoneId zone;
        private final BillingTerms terms;
        private final Instant now;
        private final Map<LocalDate, Totals> buckets = new TreeMap<>();
        // Per user, client, project and day, for rounding per day: the billable seconds and the first entry's billing (which prices the day).
        private final Map<DayKey, Long> dayBillable = new HashMap<>();
        private final Map<DayKey, TimeEntryDetails> dayBilling = new HashMap<>();

        public Report(TimeRange range, Period period, ZoneId zone, BillingTerms terms, Instant now) {
            this.range = requireNonNull(range, "range is null");
            this.period = requireNonNull(period, "period is null");
            this.zone = requireNonNull(zone, "zone is null");
            this.terms = requireNonNull(terms, "terms is null");
            this.now = requireNonNull(now, "now is null");
        }

        /** Adds the part of an entry inside the report's range; a running entry counts up to now. */
        public void add(TimeEntry entry) {
            TimeEntryDetails details = entry.details();
            Instant start = details.start().isBefore(range.from()) ? range.from() : details.start();
            Instant end = details.end() == null ? now : details.end();
            end = end.isAfter(range.to()) ? range.to() : end;
            if (!end.isAfter(start)) {
                return;
            }
            Rounding rounding = terms.roundingFor(details.client(), details.project());
            Period.DAY.split(start, end, zone).forEach((day, seconds) -> {
                Totals bucket = buckets.computeIfAbsent(period.bucketOf(day), any -> new Totals());
                bucket.seconds += seconds;
                if (!details.billable()) {
                    return;
                }
                bucket.billable += seconds;
                if (rounding.scope() == Rounding.Scope.DAY) {
                    DayKey key = new DayKey(details.user(), details.client(), details.project(), day);
                    dayBillable.merge(key, seconds, Long::sum);
                    dayBilling.putIfAbsent(key, details);
                } else {
                    bucket.price(rounding.apply(seconds), details, day, terms.rates());
                }
            });
        }

        /** The lines so far: one per bucket holding time, in order, then the total (its bucket null). */
        public List<ReportLine> lines() {
            Map<LocalDate, Totals> priced = new TreeMap<>();
            buckets.forEach((bucket, totals) -> priced.put(bucket, totals.copy()));
            dayBillable.forEach((key, seconds) -> {
                TimeEntryDetails billing = dayBilling.get(key);
                Rounding rounding = terms.roundingFor(billing.client(), billing.project());
                priced.get(period.bucketOf(key.day())).price(rounding.apply(seconds), billing, key.day(), terms.rates());
            });
            List<ReportLine> lines = new ArrayList<>();
            Totals total = new Totals();
            priced.forEach((bucket, totals) -> {
                lines.add(totals.line(bucket));
                total.add(totals);
            });
            lines.add(total.line(null));
            return lines;
        }
    }

    private record DayKey(String user, BillingCode client, BillingCode project, LocalDate day) {
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

        Totals copy() {
            Totals copy = new Totals();
            copy.add(this);
            return copy;
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
