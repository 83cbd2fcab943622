package dev.opstracker.domain.time;

import java.time.LocalDate;

/**
 * The part of an entry falling on one day of a report's zone: its seconds, the billable ones, those
 * rounded by the entry's rule (for a rule per day, this piece's share of the day's rounding), the
 * rate that priced them and what they come to ({@code rate} and {@code amount} null when unpriced or
 * not billable).
 */
public record PricedPiece(LocalDate day, long seconds, long billableSeconds, long roundedSeconds, HourlyRate rate, Money amount) {
}
