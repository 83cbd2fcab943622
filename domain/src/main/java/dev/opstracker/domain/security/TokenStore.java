package dev.opstracker.domain.security;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Where API tokens are kept, as hashes. Safe for concurrent use.
 */
public interface TokenStore {

    /**
     * Stores a token and returns it with its assigned identity.
     *
     * @throws DomainException.Conflict when a token with the same hash exists
     */
    ApiToken add(String name, TokenHash hash, Set<Scope> scopes, BillingCode client, Instant createdAt, Instant expiresAt);

    /** The token with this hash, whether active or not; empty when none matches. */
    Optional<ApiToken> findByHash(TokenHash hash);

    /**
     * Marks a token revoked at {@code at}; revoking a revoked token keeps the first instant.
     *
     * @throws DomainException.NotFound when no token has this identity
     */
    ApiToken revoke(long id, Instant at);

    /** How many tokens were ever stored, revoked ones included. */
    long count();
}
