package dev.opstracker.domain.audit;

import dev.opstracker.domain.shared.DomainException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What the audit log records: administrative changes, and data leaving the system. */
public enum AuditAction {
    TOKEN_CREATED("token.created"),
    TOKEN_REVOKED("token.revoked"),
    ALERT_RULES_CHANGED("alert-rules.changed"),
    /** A time report, its entries or the operations cost report, in any format: who asked for what, never the data. */
    DATA_EXPORTED("data.exported"),
    RUNBOOK_RESTORED("runbook.restored"),
    /** A backup of the whole data taken over the API: who and when, never the passphrase. */
    BACKUP_TAKEN("backup.taken");

    private final String wireName;

    AuditAction(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the API and the store, such as {@code token.created}. */
    public String wireName() {
        return wireName;
    }

    /** @throws DomainException.InvalidInput naming {@code field} for a name that is not an action's */
    public static AuditAction parse(String field, String text) {
        for (AuditAction action : values()) {
            if (action.wireName.equals(text)) {
                return action;
            }
        }
        throw new DomainException.InvalidInput(field, text, "expected one of "
                + Arrays.stream(values()).map(AuditAction::wireName).collect(Collectors.joining(", ")));
    }
}
