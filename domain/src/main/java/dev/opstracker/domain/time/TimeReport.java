package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time report arithmetic: entries cut to a range and to the buckets of a period in the report's
 * zone, exact seconds summed, billable seconds rounded and priced as {@link EntryPricing} does. Money stays exact and
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
        entries.stream().sorted(Comparator.comparing((TimeEntry entry) -> entry.details().start()).thenComparing(entry -> entry.id().value()))
                .forEach(report::add);
        return report.lines();
    }

    /** A report being added up entry by entry (by start), so entries may stream in from a store without being held. */
    public static final class Report {
        private final Period period;
        private final EntryPricing pricing;
        private final Map<LocalDate, PieceTotals> buckets = new TreeMap<>();

        public Report(TimeRange range, Period period, ZoneId zone, BillingTerms terms, Instant now) {
            this.period = requireNonNull(period, "period is null");
            this.pricing = new EntryPricing(range, zone, terms, now, this::add);
        }

        /** Adds the part of an entry inside the report's range; entries come by start, a running one counts up to now. */
        public void add(TimeEntry entry) {
            pricing.add(entry);
        }

        private void add(PricedEntry priced) {
            for (PricedPiece piece : priced.pieces()) {
                buckets.computeIfAbsent(period.bucketOf(piece.day()), any -> new PieceTotals()).add(piece);
            }
        }

        /** The lines: one per bucket holding time, in order, then the total (its bucket null). Call once, after the last entry. */
        public List<ReportLine> lines() {
            pricing.finish();
            List<ReportLine> lines = new ArrayList<>();
            PieceTotals total = new PieceTotals();
            buckets.forEach((bucket, totals) -> {
                lines.add(totals.line(bucket));
                total.add(totals);
            });
            lines.add(total.line(null));
            return lines;
        }
    }
}
