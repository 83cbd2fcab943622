package dev.opstracker.http.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.time.CreateClientCommand;
import dev.opstracker.domain.time.Client;
import java.util.Currency;

/**
 * The body of {@code POST /api/v1/clients}: {@code code}, {@code name} and {@code currency} required;
 * {@code hourlyRate} (in the client's currency) optional, valid from {@code rateValidFrom} or always;
 * {@code rounding} defaults to none.
 */
record CreateClientRequest(
        @JsonProperty("code") String code,
        @JsonProperty("name") String name,
        @JsonProperty("currency") String currency,
        @JsonProperty("hourlyRate") JsonNode hourlyRate,
        @JsonProperty("rateValidFrom") String rateValidFrom,
        @JsonProperty("rounding") RoundingBody rounding) {

    CreateClientCommand toCommand() {
        Currency money = BillingFields.currency("currency", currency);
        Client client = new Client(BillingFields.requiredCode("code", code), name, money, RoundingBody.toRounding(rounding));
        return new CreateClientCommand(client, BillingFields.amount("hourlyRate", hourlyRate, money), BillingFields.date("rateValidFrom", rateValidFrom));
    }
}
