package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A time entry as a report or export bills it: its pieces per day of the report's zone within the
 * report's range, and the rounding rule that applied. Its totals add up to what the report shows.
 */
public record PricedEntry(TimeEntry entry, Rounding rounding, List<PricedPiece> pieces) {

    public PricedEntry {
        requireNonNull(entry, "entry is null");
        requireNonNull(rounding, "rounding is null");
        pieces = List.copyOf(pieces);
    }

    /** Seconds worked within the report's range, exact. */
    public long seconds() {
        return pieces.stream().mapToLong(PricedPiece::seconds).sum();
    }

    public long billableSeconds() {
        return pieces.stream().mapToLong(PricedPiece::billableSeconds).sum();
    }

    public long roundedSeconds() {
        return pieces.stream().mapToLong(PricedPiece::roundedSeconds).sum();
    }

    /** The rate of its first priced day, or null when no rate priced it. */
    public HourlyRate rate() {
        return pieces.stream().map(PricedPiece::rate).filter(rate -> rate != null).findFirst().orElse(null);
    }

    /** What it comes to per currency: more than one only when a rate for any client priced one day and its client's rate another. */
    public Map<Currency, Money> amounts() {
        Map<Currency, Money> amounts = new HashMap<>();
        pieces.stream().map(PricedPiece::amount).filter(amount -> amount != null).forEach(amount -> amounts.merge(amount.currency(), amount, Money::plus));
        return Map.copyOf(amounts);
    }

    /** What it comes to, or null when no rate priced it or rates of two currencies did (see {@link #amounts()}). */
    public Money amount() {
        Map<Currency, Money> amounts = amounts();
        return amounts.size() == 1 ? amounts.values().iterator().next() : null;
    }
}
