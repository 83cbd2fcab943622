package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.task.TaskStatus;
import java.time.Instant;
import java.util.Optional;

/** Decides what an alert event does, given the incidents its dedup key already has and the rule it follows. */
public final class IncidentRules {

    private IncidentRules() {
    }

    /**
     * @param open   the key's open incident (pending or tracked), if any
     * @param latest the key's most recent incident when none is open (the one a re-fire follows), if any
     */
    public static IncidentDecision decide(Alert alert, Optional<Incident> open, Optional<Incident> latest, AlertRule rule, Instant now) {
        requireNonNull(alert, "alert is null");
        requireNonNull(rule, "rule is null");
        requireNonNull(now, "now is null");
        IntakePolicy policy = rule.policy();
        if (open.isPresent()) {
            Incident incident = open.get();
            return switch (alert.status()) {
                case FIRING -> incident.isPending() ? counted(alert, incident.counting(alert, now, rule.threshold()), rule)
                        : new IncidentDecision.Fold(incident.folding(alert, now), AlertOutcome.Kind.FOLDED);
                case ACKNOWLEDGED -> new IncidentDecision.Fold(incident.acknowledging(now), AlertOutcome.Kind.ACKNOWLEDGED);
                case RESOLVED -> new IncidentDecision.Resolve(incident.resolving(alert, now), policy.closeOnResolve());
            };
        }
        if (alert.status() != AlertStatus.FIRING) {
            // As PagerDuty does: acknowledging or resolving what is not open changes nothing.
            return new IncidentDecision.Ignore("no open alert with this dedup key to " + (alert.status() == AlertStatus.RESOLVED ? "resolve" : "acknowledge"),
                    latest.map(Incident::taskId).orElse(null));
        }
        if (latest.isPresent() && isStale(alert, latest.get())) {
            return new IncidentDecision.Ignore("a firing that began no later than the resolved incident (" + latest.get().startsAt()
                    + "): a late copy, not a new problem", latest.get().taskId());
        }
        if (!rule.threshold().immediate()) {
            return new IncidentDecision.Pend(Incident.pending(alert, now));
        }
        Optional<Incident> tracked = latest.filter(incident -> incident.taskId() != null);
        if (tracked.isPresent() && policy.refire() == IntakePolicy.Refire.REOPEN) {
            return new IncidentDecision.Reopen(tracked.get().taskId());
        }
        return opening(alert, rule, null);
    }

    /** Whether a resolution that {@code policy} says closes tasks closes one in {@code status}: only when nobody has started on it. */
    public static boolean resolutionCloses(boolean closeTask, TaskStatus status) {
        return closeTask && status == TaskStatus.OPEN;
    }

    /** A pending problem that reached its threshold opens its task; one that did not stays pending, counted. */
    private static IncidentDecision counted(Alert alert, Incident counted, AlertRule rule) {
        return counted.occurrences() >= rule.threshold().count() ? opening(alert, rule, counted) : new IncidentDecision.Pend(counted);
    }

    private static IncidentDecision opening(Alert alert, AlertRule rule, Incident promoting) {
        return new IncidentDecision.Open(AlertTasks.detailsOf(alert, rule), AlertGrouping.keyOf(alert, rule.policy().groupBy()).orElse(null), promoting);
    }

    /** Alertmanager keeps a firing's startsAt: a firing that began no later than a resolved incident's start is a delayed repeat of it. */
    private static boolean isStale(Alert alert, Incident resolved) {
        return alert.startsAt() != null && resolved.startsAt() != null && !alert.startsAt().isAfter(resolved.startsAt());
    }
}
