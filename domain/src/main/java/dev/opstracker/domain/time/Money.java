package dev.opstracker.domain.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/** An exact amount of one currency (never floating point); amounts billed are kept to the currency's minor unit. */
public record Money(BigDecimal amount, Currency currency) {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    /** Far beyond any price; what bounds the work of writing an amount out. */
    public static final int MAX_DIGITS = 30;

    public Money {
        requireNonNull(amount, "amount is null");
        requireNonNull(currency, "currency is null");
    }

    /**
     * Reads an amount such as {@code 95.50} in an ISO 4217 currency such as {@code EUR}, with at most
     * {@value #MAX_DIGITS} digits before the point and as many after it: {@code 1e100000000} is a
     * short text, but writing it out plainly would take a hundred million digits.
     *
     * @throws DomainException.InvalidInput naming the field that is wrong
     */
    public static Money of(String amount, String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode == null ? "" : currencyCode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainException.InvalidInput("currency", currencyCode, "an ISO 4217 currency code such as EUR or USD");
        }
        try {
            BigDecimal value = new BigDecimal(amount == null ? "" : amount.strip());
            if (value.signum() < 0) {
                throw new DomainException.InvalidInput("amount", amount, "an amount is not negative");
            }
            if (value.precision() - value.scale() > MAX_DIGITS || value.stripTrailingZeros().scale() > MAX_DIGITS) {
                throw new DomainException.InvalidInput("amount", amount, "an amount has at most %d digits before the point and %d after it"
                        .formatted(MAX_DIGITS, MAX_DIGITS));
            }
            return new Money(value, currency);
        } catch (NumberFormatException notANumber) {
            throw new DomainException.InvalidInput("amount", amount, "a decimal amount such as 95.50");
        }
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(Math.max(0, currency.getDefaultFractionDigits())), currency);
    }

    /** What this hourly rate comes to for {@code seconds}, rounded half up to the currency's minor unit. */
    public Money forSeconds(long seconds) {
        // Currencies without a minor unit of their own (XAU, XDR) report -1 digits: keep whole units for them.
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal exact = amount.multiply(BigDecimal.valueOf(seconds)).divide(SECONDS_PER_HOUR, scale, RoundingMode.HALF_UP);
        return new Money(exact, currency);
    }

    /** @throws DomainException.InvalidInput when the currencies differ: amounts of two currencies are never added */
    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new DomainException.InvalidInput("currency", other.currency, "cannot add %s to an amount in %s".formatted(other.currency, currency));
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** @throws DomainException.InvalidInput when the currencies differ */
    public Money minus(Money other) {
        return plus(new Money(other.amount.negate(), other.currency));
    }

    /** Equal when the amounts are equal as numbers (95.5 and 95.50 alike) in the same currency. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Money that && amount.compareTo(that.amount) == 0 && currency.equals(that.currency);
    }

    @Override
    public int hashCode() {
        return 31 * amount.stripTrailingZeros().hashCode() + currency.hashCode();
    }

    /**
     * The amount as a plain decimal (never an exponent), at the currency's minor unit at least and
     * without trailing zeros beyond it: {@code 95.50} EUR, {@code 15000} JPY, a rate of {@code 0.125} kept whole.
     */
    public String plainAmount() {
        int minorUnit = Math.max(currency.getDefaultFractionDigits(), 0);
        int scale = Math.max(amount.stripTrailingZeros().scale(), minorUnit);
        return amount.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** {@code 95.50 EUR}: the {@link #plainAmount() amount} and the currency code. */
    @Override
    public String toString() {
        return plainAmount() + " " + currency.getCurrencyCode();
    }
}
