package dev.opstracker.domain.time;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import java.util.Currency;

/**
 * A client time is billed to: its code (what entries and tasks carry), its name, the currency its
 * rates and invoices are in, and how its billable time is rounded (projects may round otherwise).
 */
public record Client(BillingCode code, String name, Currency currency, Rounding rounding) {

    public Client {
        if (code == null) {
            throw new DomainException.InvalidInput("code", null, "a client has a billing code such as ACME");
        }
        name = BillingNames.require("name", name, code);
        if (currency == null) {
            throw new DomainException.InvalidInput("currency", null, "an ISO 4217 currency code such as EUR or USD");
        }
        rounding = rounding == null ? Rounding.NONE : rounding;
    }
}
