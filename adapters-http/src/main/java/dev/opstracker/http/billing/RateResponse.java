package dev.opstracker.http.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.time.HourlyRate;

/** An hourly rate as the API shows it: the amount a decimal string ({@code "95.50"}), null client, project or activity meaning any. */
record RateResponse(
        @JsonProperty("hourlyRate") String hourlyRate,
        @JsonProperty("currency") String currency,
        @JsonProperty("validFrom") String validFrom,
        @JsonProperty("client") String client,
        @JsonProperty("project") String project,
        @JsonProperty("activity") String activity) {

    static RateResponse from(HourlyRate rate) {
        return new RateResponse(BillingFields.text(rate.perHour()), rate.perHour().currency().getCurrencyCode(), rate.validFrom().toString(),
                BillingFields.text(rate.client()), BillingFields.text(rate.project()), rate.activity() == null ? null : rate.activity().wireName());
    }
}
