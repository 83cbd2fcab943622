package dev.opstracker.domain.time;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * What priced pieces add up to: seconds exact, billable and rounded, amounts per currency, and the
 * rounded seconds no rate priced. Reports and the operations cost report sum the same way, so
 * they agree to the second and the cent.
 */
final class PieceTotals {

    long seconds;
    long billable;
    long rounded;
    long unpriced;
    final Map<Currency, Money> amounts = new HashMap<>();

    void add(PricedPiece piece) {
        seconds += piece.seconds();
        billable += piece.billableSeconds();
        rounded += piece.roundedSeconds();
        if (piece.amount() != null) {
            amounts.merge(piece.amount().currency(), piece.amount(), Money::plus);
        } else {
            unpriced += piece.roundedSeconds();
        }
    }

    void add(PieceTotals other) {
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
