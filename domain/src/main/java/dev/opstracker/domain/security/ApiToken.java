package dev.opstracker.domain.security;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A stored API token: never the secret, only its hash and what it may do.
 *
 * @param expiresAt when the token stops working; null for never
 * @param revokedAt when it was revoked; null while it is valid
 * @param client    the one client whose data it may see; null for every client
 */
public record ApiToken(
        long id, String name, TokenHash hash, Set<Scope> scopes, Instant createdAt, Instant expiresAt, Instant revokedAt, BillingCode client) {

    public static final int MAX_NAME_LENGTH = 100;
    /** The id of a local session's token, which no store holds (stored tokens count from 1). */
    public static final long LOCAL_SESSION_ID = 0;

    public ApiToken {
        name = checkName(name);
        requireNonNull(hash, "hash is null");
        if (scopes == null || scopes.isEmpty()) {
            throw new DomainException.InvalidInput("scopes", scopes, "a token needs at least one scope");
        }
        scopes = Set.copyOf(EnumSet.copyOf(scopes));
        requireNonNull(createdAt, "createdAt is null");
    }

    /** Whether the token works at {@code now} and carries a scope that grants {@code required}. */
    public boolean allows(Scope required, Instant now) {
        return isActive(now) && grants(required);
    }

    /** Whether one of this token's scopes grants {@code required}, whether or not the token is still active. */
    public boolean grants(Scope required) {
        return scopes.stream().anyMatch(scope -> scope.grants(required));
    }

    /** A token for every client's data. */
    public ApiToken(long id, String name, TokenHash hash, Set<Scope> scopes, Instant createdAt, Instant expiresAt, Instant revokedAt) {
        this(id, name, hash, scopes, createdAt, expiresAt, revokedAt, null);
    }

    /** Whether it may see data billed to {@code code}: always when bound to no client, else only its own client's. */
    public boolean sees(BillingCode code) {
        return client == null || client.equals(code);
    }

    /** Whether this is the token of a local session, opened in this process and never stored. */
    public boolean isLocalSession() {
        return id == LOCAL_SESSION_ID;
    }

    public boolean isActive(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    static String checkName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw new DomainException.InvalidInput("name", name, "a token name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }
}
