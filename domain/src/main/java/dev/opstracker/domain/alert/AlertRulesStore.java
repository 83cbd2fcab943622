package dev.opstracker.domain.alert;

import java.util.OptionalLong;

/** Where the rules of alert intake are kept, one versioned set shared by every node on the database. */
public interface AlertRulesStore {

    /** The rules with their version; {@link AlertRules#DEFAULT} at version 0 when none were ever stored. */
    Versioned current();

    /**
     * Replaces the rules.
     *
     * @param expectedVersion when present, replace only if the stored version is this one
     * @throws dev.opstracker.domain.shared.DomainException.Conflict (reason {@code stale-version}) on a mismatch
     */
    Versioned replace(AlertRules rules, OptionalLong expectedVersion);

    /** A set of rules as stored, with the version a later replace can name. */
    record Versioned(AlertRules rules, long version) {
    }
}
