package dev.opstracker.domain.alert;

import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where alert deliveries and incidents live, together with the tasks they open. Safe for concurrent
 * use by several processes sharing one database: the one-open-incident-per-dedup-key rule and the
 * once-only handling of an event are kept by the store's constraints, not by callers.
 */
public interface AlertStore {

    /**
     * Keeps {@code delivery} and carries out each alert in one transaction: an alert whose event
     * key was handled before answers its stored outcome (marked duplicate) and changes nothing but
     * the last-seen time of its incident, if that is still open (a sender re-sending a firing that goes on);
     * any other is decided by {@link IncidentRules#decide} against its key's incidents, under the rule
     * {@code rules} selects for it, and applied
     * with the task it opens, reopens or closes. Nothing is kept when the call fails.
     *
     * @return one outcome per alert, in order
     * @throws dev.opstracker.domain.shared.DomainException.Conflict (a lost race, retryable) when a concurrent writer took a key first
     */
    List<AlertOutcome> record(Delivery delivery, List<Alert> alerts, AlertRules rules, Instant now);

    /** The open incident of a dedup key, if any. */
    Optional<Incident> findOpen(AlertSource source, String scope, String dedupKey);

    /** Open incidents still waiting for their rule's threshold, oldest first (the cursor is the last identity read). */
    Page<Incident> pending(PageRequest page);

    /** Every incident a task tracks, oldest first. */
    List<Incident> incidentsOf(TaskId taskId);

    /** Incidents seen (fired, folded or resolved) at or after {@code since}, oldest id first, a page at a time. */
    Page<Incident> seenSince(Instant since, PageRequest page);

    /** How many deliveries are kept. */
    long deliveryCount();
}
