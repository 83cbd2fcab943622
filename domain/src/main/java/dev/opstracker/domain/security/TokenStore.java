package dev.opstracker.domain.security;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where API tokens are kept, as hashes. Safe for concurrent use.
 *
 * <p>Tokens are looked up by the hash of the presented secret, which the store may compare in time
 * that depends on the data (an index, a map). That is safe: a timing difference could at most tell a
 * caller how much of the SHA-256 of a secret they chose matches a stored hash, and SHA-256 gives no way
 * to pick a secret whose hash has a wanted prefix. Callers still compare the found hash with
 * {@link TokenHash#matches} (constant time) before trusting it.
 */
public interface TokenStore {

    /**
     * Stores a token and returns it with its assigned identity.
     *
     * @throws DomainException.Conflict when a token with the same hash exists
     */
    ApiToken add(String name, TokenHash hash, Set<Scope> scopes, BillingCode client, Instant createdAt, Instant expiresAt);

    /** The token with this identity, whether active or not; empty when none has it. */
    Optional<ApiToken> find(long id);

    /** Every token, revoked and expired ones included, in the order they were added (by identity). */
    List<ApiToken> list();

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
