package dev.opstracker.http.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.Client;

/**
 * The body of {@code PUT /api/v1/clients/{code}}: the client's name, currency and rounding replaced
 * whole ({@code rounding} absent: none). The code is the one in the path.
 */
record UpdateClientRequest(
        @JsonProperty("name") String name,
        @JsonProperty("currency") String currency,
        @JsonProperty("rounding") RoundingBody rounding) {

    Client toClient(BillingCode code) {
        return new Client(code, name, BillingFields.currency("currency", currency), RoundingBody.toRounding(rounding));
    }
}
