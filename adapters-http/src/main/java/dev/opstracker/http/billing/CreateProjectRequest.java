package dev.opstracker.http.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.application.time.CreateProjectCommand;
import dev.opstracker.domain.time.Client;
import dev.opstracker.domain.time.Project;
import java.util.Currency;

/**
 * The body of {@code POST /api/v1/projects}: {@code client}, {@code code} and {@code name} required;
 * {@code hourlyRate} optional (in {@code currency}, default the client's), valid from {@code rateValidFrom} or always;
 * {@code rounding} absent: the client's rule applies.
 */
record CreateProjectRequest(
        @JsonProperty("client") String client,
        @JsonProperty("code") String code,
        @JsonProperty("name") String name,
        @JsonProperty("hourlyRate") JsonNode hourlyRate,
        @JsonProperty("currency") String currency,
        @JsonProperty("rateValidFrom") String rateValidFrom,
        @JsonProperty("rounding") RoundingBody rounding) {

    /** {@code owner} is the client the body names, looked up first so the rate's currency defaults to it. */
    CreateProjectCommand toCommand(Client owner) {
        Currency money = currency == null ? owner.currency() : BillingFields.currency("currency", currency);
        Project project = new Project(owner.code(), BillingFields.requiredCode("code", code), name, RoundingBody.toRounding(rounding));
        return new CreateProjectCommand(project, BillingFields.amount("hourlyRate", hourlyRate, money), BillingFields.date("rateValidFrom", rateValidFrom));
    }
}
