package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.BillingCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Prices entries as they stream in by start: each is cut to the range and at each midnight of the
 * zone, and its billable time rounded by its client's or project's rule and priced by the most
 * specific rate valid that day. A rule per entry rounds each day piece; a rule per day rounds the
 * day's total per user, client, project and activity and gives the difference to the day's last
 * pieces, so the pieces add up to the rounded total. Entries come out in the order they went in,
 * each once its days are complete, so only about a day of entries is ever held.
 */
public final class EntryPricing {

    private final TimeRange range;
    private final ZoneId zone;
    private final BillingTerms terms;
    private final Instant now;
    private final Consumer<PricedEntry> sink;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final Map<DayKey, DayGroup> openDays = new HashMap<>();
    private final Map<LocalDate, Instant> midnights = new HashMap<>();

    public EntryPricing(TimeRange range, ZoneId zone, BillingTerms terms, Instant now, Consumer<PricedEntry> sink) {
        this.range = requireNonNull(range, "range is null");
        this.zone = requireNonNull(zone, "zone is null");
        this.terms = requireNonNull(terms, "terms is null");
        this.now = requireNonNull(now, "now is null");
        this.sink = requireNonNull(sink, "sink is null");
    }

    /** Adds an entry; entries must come by start. A running entry counts up to now. */
    public void add(TimeEntry entry) {
        TimeEntryDetails details = entry.details();
        settleDaysEndingBy(details.start());
        Rounding rounding = terms.roundingFor(details.client(), details.project());
        Pending priced = new Pending(entry, rounding);
        Instant start = details.start().isBefore(range.from()) ? range.from() : details.start();
        Instant end = details.end() == null ? now : details.end();
        end = end.isAfter(range.to()) ? range.to() : end;
        if (end.isAfter(start)) {
            // Each midnight worked out once: entries come by start, so most fall on the day the previous one did.
            Period.DAY.split(start, end, zone, this::midnight, (day, seconds) -> addPiece(priced, details, rounding, day, seconds));
        }
        pending.add(priced);
        emitReady();
    }

    /** Prices what is still held; call once, after the last entry. */
    public void finish() {
        List<DayGroup> remaining = new ArrayList<>(openDays.values());
        openDays.clear();
        remaining.forEach(this::settle);
        emitReady();
    }

    private void addPiece(Pending priced, TimeEntryDetails details, Rounding rounding, LocalDate day, long seconds) {
        if (!details.billable()) {
            priced.pieces.add(new PricedPiece(day, seconds, 0, 0, null, null));
        } else if (rounding.scope() == Rounding.Scope.ENTRY) {
            long rounded = rounding.apply(seconds);
            HourlyRate rate = rateFor(details, day).orElse(null);
            priced.pieces.add(new PricedPiece(day, seconds, seconds, rounded, rate, rate == null ? null : rate.perHour().forSeconds(rounded)));
        } else {
            DayKey key = new DayKey(details.user(), details.client(), details.project(), details.activity(), day);
            openDays.computeIfAbsent(key, any -> new DayGroup(key, midnight(day.plusDays(1)), details, rounding)).shares
                    .add(new Share(priced, priced.pieces.size(), seconds));
            priced.pieces.add(null);
            priced.waiting++;
        }
    }

    private Instant midnight(LocalDate day) {
        return midnights.computeIfAbsent(day, any -> day.atStartOfDay(zone).toInstant());
    }

    private Optional<HourlyRate> rateFor(TimeEntryDetails details, LocalDate day) {
        return terms.rates().rateFor(details.client(), details.project(), details.activity(), day);
    }

    /** Entries come by start, so no later entry adds to a day that ended by the next one's start. */
    private void settleDaysEndingBy(Instant nextStart) {
        Iterator<DayGroup> groups = openDays.values().iterator();
        while (groups.hasNext()) {
            DayGroup group = groups.next();
            if (!group.dayEnd.isAfter(nextStart)) {
                groups.remove();
                settle(group);
            }
        }
    }

    private void settle(DayGroup group) {
        long total = group.shares.stream().mapToLong(Share::seconds).sum();
        long[] rounded = group.shares.stream().mapToLong(Share::seconds).toArray();
        long difference = group.rounding.apply(total) - total;
        // Rounding up adds to the last piece; rounding down takes from the last pieces, none below zero.
        for (int i = rounded.length - 1; i >= 0 && difference != 0; i--) {
            long change = difference > 0 ? difference : Math.max(difference, -rounded[i]);
            rounded[i] += change;
            difference -= change;
        }
        HourlyRate rate = rateFor(group.billing, group.key.day()).orElse(null);
        long before = 0;
        for (int i = 0; i < rounded.length; i++) {
            Share share = group.shares.get(i);
            Money amount = null;
            if (rate != null) {
                // Each piece is what the day comes to up to its end less what it came to before it: never negative, and the
                // cents add up to the day's amount exactly.
                amount = rate.perHour().forSeconds(before + rounded[i]).minus(rate.perHour().forSeconds(before));
            }
            before += rounded[i];
            share.entry.pieces.set(share.index, new PricedPiece(group.key.day(), share.seconds, share.seconds, rounded[i], rate, amount));
            share.entry.waiting--;
        }
    }

    private void emitReady() {
        while (!pending.isEmpty() && pending.peekFirst().waiting == 0) {
            Pending ready = pending.removeFirst();
            sink.accept(new PricedEntry(ready.entry, ready.rounding, ready.pieces));
        }
    }

    private static final class Pending {
        final TimeEntry entry;
        final Rounding rounding;
        final List<PricedPiece> pieces = new ArrayList<>();
        int waiting;

        Pending(TimeEntry entry, Rounding rounding) {
            this.entry = entry;
            this.rounding = rounding;
        }
    }

    private record DayKey(String user, BillingCode client, BillingCode project, Activity activity, LocalDate day) {
    }

    private record Share(Pending entry, int index, long seconds) {
    }

    private static final class DayGroup {
        final DayKey key;
        final Instant dayEnd;
        final TimeEntryDetails billing;
        final Rounding rounding;
        final List<Share> shares = new ArrayList<>();

        DayGroup(DayKey key, Instant dayEnd, TimeEntryDetails billing, Rounding rounding) {
            this.key = key;
            this.dayEnd = dayEnd;
            this.billing = billing;
            this.rounding = rounding;
        }
    }
}
