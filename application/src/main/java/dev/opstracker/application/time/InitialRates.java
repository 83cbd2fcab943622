package dev.opstracker.application.time;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.Money;
import java.time.LocalDate;

/** The rules a rate given with a new client or project follows, and any rate of a client. */
final class InitialRates {

    private InitialRates() {
    }

    /** The date a rate is valid from: {@link BillingAccounts#ALWAYS} when none is given; no date without a rate. */
    static LocalDate validFrom(Money hourlyRate, LocalDate rateValidFrom) {
        if (hourlyRate == null && rateValidFrom != null) {
            throw new DomainException.InvalidInput("rateValidFrom", rateValidFrom, "a date a rate is valid from needs the hourly rate");
        }
        return hourlyRate != null && rateValidFrom == null ? BillingAccounts.ALWAYS : rateValidFrom;
    }

    /** A client's rates are in its currency: its invoices add them up, and amounts of two currencies never add. */
    static void requireCurrency(Client client, Money amount) {
        if (!amount.currency().equals(client.currency())) {
            throw new DomainException.InvalidInput("currency", amount.currency().getCurrencyCode(),
                    "client %s bills in %s".formatted(client.code(), client.currency().getCurrencyCode()));
        }
    }
}
