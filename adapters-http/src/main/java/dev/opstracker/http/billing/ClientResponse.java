package dev.opstracker.http.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.time.Client;

/** A client as the API shows it: {@code currency} an ISO 4217 code. */
record ClientResponse(
        @JsonProperty("code") String code,
        @JsonProperty("name") String name,
        @JsonProperty("currency") String currency,
        @JsonProperty("rounding") RoundingBody rounding) {

    static ClientResponse from(Client client) {
        return new ClientResponse(client.code().value(), client.name(), client.currency().getCurrencyCode(), RoundingBody.from(client.rounding()));
    }
}
