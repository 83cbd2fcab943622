package dev.opstracker.application.time;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.Money;
import java.time.LocalDate;

/**
 * A new client, optionally with its client-wide hourly rate (in the client's currency) valid from
 * {@code rateValidFrom}; a rate without a date is valid {@linkplain BillingAccounts#ALWAYS always}.
 */
public record CreateClientCommand(Client client, Money hourlyRate, LocalDate rateValidFrom) {

    public CreateClientCommand {
        if (client == null) {
            throw new DomainException.InvalidInput("client", null, "a client to create");
        }
        rateValidFrom = InitialRates.validFrom(hourlyRate, rateValidFrom);
        if (hourlyRate != null) {
            InitialRates.requireCurrency(client, hourlyRate);
        }
    }

    /** The client alone, without a rate. */
    public static CreateClientCommand of(Client client) {
        return new CreateClientCommand(client, null, null);
    }
}
