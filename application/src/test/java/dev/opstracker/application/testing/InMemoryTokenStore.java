package dev.opstracker.application.testing;

import dev.opstracker.domain.security.ApiToken;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.security.TokenHash;
import dev.opstracker.domain.security.TokenStore;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tokens in a map, for use-case and HTTP tests. */
public final class InMemoryTokenStore implements TokenStore {

    private final Map<String, ApiToken> byHash = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized ApiToken add(String name, TokenHash hash, Set<Scope> scopes, BillingCode client, Instant createdAt, Instant expiresAt) {
        if (byHash.containsKey(hash.hex())) {
            throw new DomainException.Conflict("duplicate-token", "a token with this secret exists already");
        }
        ApiToken token = new ApiToken(lastId + 1, name, hash, scopes, createdAt, expiresAt, null, client);
        lastId++;
        byHash.put(hash.hex(), token);
        return token;
    }

    @Override
    public synchronized Optional<ApiToken> find(long id) {
        return byHash.values().stream().filter(candidate -> candidate.id() == id).findFirst();
    }

    @Override
    public synchronized List<ApiToken> list() {
        return List.copyOf(byHash.values());
    }

    @Override
    public synchronized Optional<ApiToken> findByHash(TokenHash hash) {
        return Optional.ofNullable(byHash.get(hash.hex()));
    }

    @Override
    public synchronized ApiToken revoke(long id, Instant at) {
        ApiToken token = find(id)
                .orElseThrow(() -> new DomainException.NotFound("token", Long.toString(id)));
        if (token.revokedAt() != null) {
            return token;
        }
        ApiToken revoked = new ApiToken(token.id(), token.name(), token.hash(), token.scopes(), token.createdAt(), token.expiresAt(), at,
                token.client());
        byHash.put(token.hash().hex(), revoked);
        return revoked;
    }

    @Override
    public synchronized long count() {
        return byHash.size();
    }
}
