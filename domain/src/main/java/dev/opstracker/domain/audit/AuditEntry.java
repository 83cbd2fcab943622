package dev.opstracker.domain.audit;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Text;
import java.time.Instant;

/**
 * One line of the audit log: who did what to which target, when, with a short detail. The detail
 * describes the change or the request (a token's scopes, a report's filter); it never holds a secret
 * nor exported data, which is why callers build it from names and filters only.
 *
 * @param id     store-assigned identity, ascending in the order entries were recorded; 0 before storing
 * @param target what was acted on, such as {@code token 12} or {@code runbook restart-pod}
 * @param detail free text, cut to {@value #MAX_DETAIL_LENGTH} characters; may be empty
 */
public record AuditEntry(long id, Instant at, Actor actor, AuditAction action, String target, String detail) {

    public static final int MAX_TARGET_LENGTH = 200;
    public static final int MAX_DETAIL_LENGTH = 2_000;
    private static final String CUT_MARK = "…";

    public AuditEntry {
        requireNonNull(at, "at is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(action, "action is null");
        String strippedTarget = target == null ? "" : target.strip();
        if (strippedTarget.isEmpty() || strippedTarget.length() > MAX_TARGET_LENGTH) {
            throw new DomainException.InvalidInput("target", target, "an audit target has 1 to " + MAX_TARGET_LENGTH + " characters");
        }
        Text.requireWellFormed("target", strippedTarget);
        target = strippedTarget;
        detail = cut(detail == null ? "" : detail.strip());
        Text.requireWellFormed("detail", detail);
    }

    /** An entry not stored yet. */
    public static AuditEntry unsaved(Instant at, Actor actor, AuditAction action, String target, String detail) {
        return new AuditEntry(0, at, actor, action, target, detail);
    }

    public AuditEntry withId(long storedId) {
        return new AuditEntry(storedId, at, actor, action, target, detail);
    }

    /** A long detail (a report's component filter) is cut rather than refused: the action happened and is recorded. */
    private static String cut(String text) {
        if (text.length() <= MAX_DETAIL_LENGTH) {
            return text;
        }
        int end = MAX_DETAIL_LENGTH - CUT_MARK.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT_MARK;
    }
}
