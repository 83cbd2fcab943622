package dev.opstracker.http.alert;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The answer to an Alertmanager, Grafana or generic delivery: one outcome per alert, in the order sent. */
record WebhookResponse(@JsonProperty("received") int received, @JsonProperty("alerts") List<AlertOutcomeResponse> alerts) {

    static WebhookResponse from(Received received) {
        List<AlertOutcomeResponse> outcomes = received.each(AlertOutcomeResponse::from);
        return new WebhookResponse(outcomes.size(), outcomes);
    }
}
