package dev.opstracker.http.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.time.BillingAccounts;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.HourlyRate;
import dev.opstracker.domain.time.Money;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The body of {@code POST /api/v1/clients/{code}/rates}: {@code hourlyRate} required, in
 * {@code currency} (default: the client's, the only one it may be); valid from {@code validFrom}
 * (default always); for one {@code project} of the client and one {@code activity} when given.
 */
record AddRateRequest(
        @JsonProperty("hourlyRate") JsonNode hourlyRate,
        @JsonProperty("currency") String currency,
        @JsonProperty("validFrom") String validFrom,
        @JsonProperty("project") String project,
        @JsonProperty("activity") String activity) {

    HourlyRate toRate(Client client) {
        Currency money = currency == null ? client.currency() : BillingFields.currency("currency", currency);
        Money perHour = BillingFields.amount("hourlyRate", hourlyRate, money);
        if (perHour == null) {
            throw new DomainException.InvalidInput("hourlyRate", null, "a rate has an hourly amount such as \"95.50\"");
        }
        LocalDate from = BillingFields.date("validFrom", validFrom);
        return new HourlyRate(perHour, from == null ? BillingAccounts.ALWAYS : from, client.code(), BillingCode.parseOptional("project", project),
                activity == null ? null : Activity.parse(activity));
    }
}
