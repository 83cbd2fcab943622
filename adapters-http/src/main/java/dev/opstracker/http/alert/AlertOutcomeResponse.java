package dev.opstracker.http.alert;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertOutcome;
import java.util.Locale;

/**
 * What one alert did, as its sender is told.
 *
 * @param outcome    {@code opened}, {@code folded}, {@code reopened}, {@code acknowledged}, {@code resolved} or {@code ignored}
 * @param taskId     the task it opened or touched; null when ignored without one
 * @param incidentId null when none
 * @param duplicate  true when the event had been received before: the stored outcome is repeated and nothing changed
 * @param reason     why it was ignored; null otherwise
 */
record AlertOutcomeResponse(
        @JsonProperty("dedupKey") String dedupKey,
        @JsonProperty("outcome") String outcome,
        @JsonProperty("taskId") Long taskId,
        @JsonProperty("incidentId") Long incidentId,
        @JsonProperty("duplicate") boolean duplicate,
        @JsonProperty("reason") String reason) {

    static AlertOutcomeResponse from(Alert alert, AlertOutcome outcome) {
        return new AlertOutcomeResponse(
                alert.dedupKey(),
                outcome.kind().name().toLowerCase(Locale.ROOT),
                outcome.taskId() == null ? null : outcome.taskId().value(),
                outcome.incidentId() == 0 ? null : outcome.incidentId(),
                outcome.duplicate(),
                outcome.reason());
    }
}
