package dev.opstracker.application.alert;

import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertSource;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.alert.DeadLetter;
import dev.opstracker.domain.alert.Severity;
import java.time.Instant;
import java.util.Map;

/**
 * The alert OpsTracker raises about itself when a monitoring source's deliveries keep failing, so a
 * silent break in monitoring becomes a task; a later good delivery from the source resolves it.
 */
final class IntegrationHealth {

    /** Keeps these alerts apart from any the sources send. */
    static final String SCOPE = "opstracker";
    static final String DEDUP_KEY = "integration-broken";
    static final String ALERTNAME = "OpsTrackerIntegrationBroken";

    private IntegrationHealth() {
    }

    static Alert broken(DeadLetter latest, long recentFailures) {
        String source = latest.source().wireName();
        return new Alert(latest.source(), SCOPE, DEDUP_KEY, "dead-letter/" + latest.id(), AlertStatus.FIRING, Severity.ERROR,
                "Deliveries from %s keep failing: %d rejected in the last hour".formatted(source, recentFailures),
                Map.of("alertname", ALERTNAME, "service", source),
                Map.of("latest_problem", latest.problem(), "dead_letter", Long.toString(latest.id())), null, null, Map.of(), null);
    }

    static Alert recovered(AlertSource source, Instant at) {
        return new Alert(source, SCOPE, DEDUP_KEY, "recovered/" + at, AlertStatus.RESOLVED, Severity.ERROR,
                "Deliveries from %s are accepted again".formatted(source.wireName()), Map.of("alertname", ALERTNAME, "service", source.wireName()),
                Map.of(), null, at, Map.of(), null);
    }
}
