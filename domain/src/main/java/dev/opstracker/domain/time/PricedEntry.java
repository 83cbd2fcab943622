package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import java.util.List;

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

    /** What it comes to, or null when no rate priced it. */
    public Money amount() {
        return pieces.stream().map(PricedPiece::amount).filter(amount -> amount != null).reduce(Money::plus).orElse(null);
    }
}
