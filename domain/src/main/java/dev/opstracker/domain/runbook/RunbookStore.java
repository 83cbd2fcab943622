package dev.opstracker.domain.runbook;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runbooks' metadata, current versions and drift reviews, for queries and for every node sharing the database
 * (the archive keeps the full history). Safe for concurrent use; each call is atomic.
 */
public interface RunbookStore {

    /**
     * Stores {@code runbook} as its current {@code version} with its {@code document}, creating it or
     * replacing the stored one; its use counts stay.
     *
     * @throws DomainException.Conflict (reason {@code stale-version}) when the stored version is not below {@code version}
     */
    StoredRunbook save(Runbook runbook, int version, String document, Instant now);

    Optional<StoredRunbook> find(RunbookSlug slug);

    /** Every runbook, by slug. */
    List<StoredRunbook> list();

    /**
     * The runbooks whose scope names this alert, or whose component kinds include one of {@code componentKinds}
     * and whose tags all appear in {@code tags}: candidates to suggest for a new task, by slug.
     */
    List<StoredRunbook> matching(String alertName, List<String> componentKinds, Map<String, String> tags);

    /**
     * Records that the runbook was attached to a task as its suggested procedure (once per task).
     *
     * @return false when it was attached to that task already
     * @throws DomainException.NotFound when there is no such runbook
     */
    boolean attach(RunbookSlug slug, TaskId taskId, Instant now);

    /** Counts a task the runbook was attached to as resolved (once per task); false when it was not attached or counted already. */
    boolean resolved(TaskId taskId, Instant now);

    /** The runbooks attached to a task, by slug. */
    List<RunbookSlug> attachedTo(TaskId taskId);

    /**
     * Records a pending drift review, once per runbook and task: a second proposal of the same drift, pending or
     * decided, records nothing.
     *
     * @return false when the runbook has a review of that task already
     * @throws DomainException.NotFound when there is no such runbook
     * @throws IllegalArgumentException when {@code proposal} is not pending
     */
    boolean propose(DriftReview proposal);

    /** The runbook's review of the drift of one task; empty when none was proposed or decided. */
    Optional<DriftReview> review(RunbookSlug slug, TaskId taskId);

    /** The runbook's drift reviews, newest first: by when they were proposed, then by task id, higher first. Empty for an unknown runbook. */
    List<DriftReview> reviews(RunbookSlug slug);

    /**
     * Records the decision of {@code decided} (accepted or rejected): the pending review of its runbook and task takes it and
     * keeps what it proposed (version, summary, time); a drift never proposed is recorded decided as given.
     *
     * @return the review as stored
     * @throws DomainException.Conflict  (reason {@value DriftReview#ALREADY_DECIDED}) when that review is decided already,
     *                                   naming who decided it, how and when ({@link DriftReview#alreadyDecided()})
     * @throws DomainException.NotFound  when there is no such runbook
     * @throws IllegalArgumentException when {@code decided} is pending
     */
    DriftReview decide(DriftReview decided);
}
