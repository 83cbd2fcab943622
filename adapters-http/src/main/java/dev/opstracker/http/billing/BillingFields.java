package dev.opstracker.http.billing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.Money;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;

/** Billing values on the wire, read so that a bad one is reported with its field and value. */
final class BillingFields {

    private BillingFields() {
    }

    static BillingCode requiredCode(String field, String text) {
        BillingCode code = BillingCode.parseOptional(field, text);
        if (code == null) {
            throw new DomainException.InvalidInput(field, text, "a billing code such as ACME is required");
        }
        return code;
    }

    static Currency currency(String field, String text) {
        try {
            return Currency.getInstance(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DomainException.InvalidInput(field, text, "an ISO 4217 currency code such as EUR or USD");
        }
    }

    /** An amount given as a decimal string ({@code "95.50"}) or a JSON number; null when absent. */
    static Money amount(String field, JsonNode value, Currency currency) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw new DomainException.InvalidInput(field, value.toString(), "a decimal amount such as \"95.50\"");
        }
        try {
            return Money.of(value.asText(), currency.getCurrencyCode());
        } catch (DomainException.InvalidInput invalid) {
            throw invalid.renamed(field);
        }
    }

    /** An ISO date such as {@code 2026-06-01}; null when absent. */
    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new DomainException.InvalidInput(field, text, "an ISO date such as 2026-06-01");
        }
    }

    /** {@code 95.50}: the amount as a decimal string, to the currency's minor unit at least. */
    static String text(Money money) {
        return money.plainAmount();
    }

    static String text(BillingCode code) {
        return code == null ? null : code.value();
    }
}
