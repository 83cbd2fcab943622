package dev.opstracker.domain.runbook;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.TaskId;
import java.time.Instant;

/**
 * A runbook's drift from a task that followed it, proposed as the runbook's next version and then
 * accepted or rejected by a person, once. Proposed when the task closed DONE having gone another way,
 * or recorded when a person decided a drift shown on demand; either way one review per runbook and task.
 *
 * @param slug            the runbook
 * @param taskId          the task that followed it
 * @param basedOnVersion  the runbook's version the task was compared with when the drift was proposed
 * @param summary         what the task did differently, in one line, at most {@value #MAX_SUMMARY_LENGTH} characters
 * @param proposedAt      when the drift was proposed (or, never proposed, when it was decided)
 * @param status          pending until a person decides
 * @param decidedBy       who accepted or rejected it; null while pending
 * @param decidedAt       when; null while pending
 * @param reason          why it was rejected, when the person said; null otherwise
 * @param acceptedVersion the runbook version the acceptance saved; null unless accepted
 */
public record DriftReview(RunbookSlug slug, TaskId taskId, int basedOnVersion, String summary, Instant proposedAt, Status status,
        String decidedBy, Instant decidedAt, String reason, Integer acceptedVersion) {

    /** The longest summary kept; a longer one is cut and ends with an ellipsis. */
    public static final int MAX_SUMMARY_LENGTH = 2_000;
    /** The longest reason a rejection may give. */
    public static final int MAX_REASON_LENGTH = 500;
    /** The longest name of who decided, as long as a token's name. */
    public static final int MAX_AUTHOR_LENGTH = 100;
    /** The reason of the conflict of deciding a review decided already. */
    public static final String ALREADY_DECIDED = "already-decided";

    /** Where a review stands: waiting for a person, or decided one way for good. */
    public enum Status {
        PENDING, ACCEPTED, REJECTED
    }

    public DriftReview {
        requireNonNull(slug, "slug is null");
        requireNonNull(taskId, "taskId is null");
        requireNonNull(summary, "summary is null");
        requireNonNull(proposedAt, "proposedAt is null");
        requireNonNull(status, "status is null");
        if (basedOnVersion < 1 || summary.length() > MAX_SUMMARY_LENGTH) {
            throw new IllegalArgumentException("drift of task %s from runbook %s based on version %d with a summary of %d characters"
                    .formatted(taskId, slug, basedOnVersion, summary.length()));
        }
        boolean decided = decidedBy != null && decidedAt != null;
        boolean consistent = switch (status) {
            case PENDING -> decidedBy == null && decidedAt == null && reason == null && acceptedVersion == null;
            case ACCEPTED -> decided && reason == null && acceptedVersion != null && acceptedVersion >= 1;
            case REJECTED -> decided && acceptedVersion == null && (reason == null || reason.length() <= MAX_REASON_LENGTH);
        };
        if (!consistent) {
            throw new IllegalArgumentException("drift of task %s from runbook %s is %s, decided by %s at %s, with %s reason and accepted version %s"
                    .formatted(taskId, slug, status, decidedBy, decidedAt, reason == null ? "no" : "a", acceptedVersion));
        }
    }

    /** A pending review of the drift of {@code taskId} from version {@code basedOnVersion}; a summary too long is cut and marked with an ellipsis. */
    public static DriftReview proposed(RunbookSlug slug, TaskId taskId, int basedOnVersion, String summary, Instant now) {
        return new DriftReview(slug, taskId, basedOnVersion, bounded(requireNonNull(summary, "summary is null")), now, Status.PENDING, null, null, null,
                null);
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /**
     * This review accepted by {@code author}, whose acceptance saved the runbook's {@code version}.
     *
     * @throws DomainException.Conflict     ({@value #ALREADY_DECIDED}) when it is decided already
     * @throws DomainException.InvalidInput as {@link #decider(String)}
     */
    public DriftReview accepted(String author, int version, Instant now) {
        requireUndecided();
        return new DriftReview(slug, taskId, basedOnVersion, summary, proposedAt, Status.ACCEPTED, decider(author), requireNonNull(now, "now is null"),
                null, version);
    }

    /**
     * This review rejected by {@code author}, for {@code reason} (optional: blank counts as none).
     *
     * @throws DomainException.Conflict     ({@value #ALREADY_DECIDED}) when it is decided already
     * @throws DomainException.InvalidInput as {@link #decider(String)} and {@link #rejectionReason(String)}
     */
    public DriftReview rejected(String author, String reason, Instant now) {
        requireUndecided();
        return new DriftReview(slug, taskId, basedOnVersion, summary, proposedAt, Status.REJECTED, decider(author), requireNonNull(now, "now is null"),
                rejectionReason(reason), null);
    }

    /**
     * The name of who decides a drift, stripped.
     *
     * @throws DomainException.InvalidInput field {@code author} when blank or longer than {@value #MAX_AUTHOR_LENGTH} characters
     */
    public static String decider(String author) {
        if (author == null || author.isBlank() || author.strip().length() > MAX_AUTHOR_LENGTH) {
            throw new DomainException.InvalidInput("author", author, "who decides a drift is named, in at most %d characters".formatted(MAX_AUTHOR_LENGTH));
        }
        return author.strip();
    }

    /**
     * The reason of a rejection, stripped; null when none is given (null or blank).
     *
     * @throws DomainException.InvalidInput field {@code reason} when longer than {@value #MAX_REASON_LENGTH} characters
     */
    public static String rejectionReason(String reason) {
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (given != null && given.length() > MAX_REASON_LENGTH) {
            throw new DomainException.InvalidInput("reason", reason, "a rejection's reason has at most %d characters, not %d"
                    .formatted(MAX_REASON_LENGTH, given.length()));
        }
        return given;
    }

    /** This proposal with the decision of {@code decided}, a review of the same runbook and task: what a store keeps when a pending review is decided. */
    public DriftReview withDecisionOf(DriftReview decided) {
        requireUndecided();
        if (!decided.slug.equals(slug) || !decided.taskId.equals(taskId) || decided.isPending()) {
            throw new IllegalArgumentException("drift of task %s from runbook %s cannot take the %s decision of task %s from runbook %s"
                    .formatted(taskId, slug, decided.status, decided.taskId, decided.slug));
        }
        return new DriftReview(slug, taskId, basedOnVersion, summary, proposedAt, decided.status, decided.decidedBy, decided.decidedAt,
                decided.reason, decided.acceptedVersion);
    }

    /** The conflict of deciding this review again, naming who decided it, how and when. */
    public DomainException.Conflict alreadyDecided() {
        String how = status == Status.ACCEPTED ? "accepted as version " + acceptedVersion : "rejected";
        return new DomainException.Conflict(ALREADY_DECIDED, "the drift of task %s from runbook %s was %s by %s at %s already"
                .formatted(taskId, slug, how, decidedBy, decidedAt));
    }

    private void requireUndecided() {
        if (!isPending()) {
            throw alreadyDecided();
        }
    }

    /** At most {@value #MAX_SUMMARY_LENGTH} characters, a longer summary cut before a whole character and ending in an ellipsis. */
    private static String bounded(String summary) {
        if (summary.length() <= MAX_SUMMARY_LENGTH) {
            return summary;
        }
        int end = MAX_SUMMARY_LENGTH - 1;
        if (Character.isHighSurrogate(summary.charAt(end - 1))) {
            end--;
        }
        return summary.substring(0, end) + "…";
    }
}
