package dev.opstracker.application.security;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.security.ApiToken;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.security.TokenHash;
import dev.opstracker.domain.security.TokenStore;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * API tokens: issuing them (the secret is returned once) and checking presented secrets. Past the
 * critical storage level issuing and registering tokens is refused ({@link StorageWatch}); revoking
 * one never is, since a leaked token must stop working whatever the disk.
 */
public final class TokenService {

    /** Every secret starts with this, so secret scanners and people can recognise one. */
    public static final String SECRET_PREFIX = "opt_";
    /** The scopes a token limited to one client may hold: reads that are filtered by client. */
    public static final Set<Scope> CLIENT_SCOPES = Set.of(Scope.TIME_READ, Scope.BILLING_READ);
    private static final int SECRET_BYTES = 32;
    private static final int MIN_SUPPLIED_SECRET_LENGTH = 24;

    private final TokenStore store;
    private final InstantSource clock;
    private final SecureRandom random = new SecureRandom();
    private final StorageWatch storage;

    /** Tokens that do not watch storage. */
    public TokenService(TokenStore store, InstantSource clock) {
        this(store, clock, StorageWatch.unwatched());
    }

    @Inject
    public TokenService(TokenStore store, InstantSource clock, StorageWatch storage) {
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.storage = requireNonNull(storage, "storage is null");
    }

    /**
     * Creates a token with a fresh random secret.
     *
     * @param expiresAt when it stops working; null for never
     */
    public IssuedToken issue(String name, Set<Scope> scopes, Instant expiresAt) {
        return issue(name, scopes, null, expiresAt);
    }

    /**
     * Creates a token with a fresh random secret, limited to one client's data when {@code client}
     * is given: such a token sees only that client's time entries and reports.
     *
     * @param expiresAt when it stops working; null for never
     */
    public IssuedToken issue(String name, Set<Scope> scopes, BillingCode client, Instant expiresAt) {
        storage.requireRoomToWrite();
        if (client != null && scopes != null && !CLIENT_SCOPES.containsAll(scopes)) {
            // Only time and billing reads know which client data belongs to; tasks, components and commands do not yet.
            throw new DomainException.InvalidInput("scopes", scopes, "a token limited to client %s may hold only time:read and billing:read"
                    .formatted(client));
        }
        Instant now = now();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new DomainException.InvalidInput("expiresAt", expiresAt, "an expiry must lie in the future");
        }
        String secret = newSecret();
        return new IssuedToken(secret, store.add(name, TokenHash.of(secret), scopes, client, now, expiresAt));
    }

    /** A fresh random secret in the token format, not yet stored: lets a caller keep it safe before registering it. */
    public String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether any token was ever stored; false on a fresh installation. */
    public boolean anyTokenExists() {
        return store.count() > 0;
    }

    /**
     * Registers {@code secret} as an admin token that never expires, unless it is registered already.
     *
     * @return the new token, or empty when this secret was known
     */
    public Optional<IssuedToken> registerAdmin(String name, String secret) {
        if (secret == null || secret.length() < MIN_SUPPLIED_SECRET_LENGTH) {
            int length = secret == null ? 0 : secret.length();
            throw new DomainException.InvalidInput("adminToken", "(" + length + " characters)",
                    "an admin token needs at least " + MIN_SUPPLIED_SECRET_LENGTH + " characters");
        }
        TokenHash hash = TokenHash.of(secret);
        if (store.findByHash(hash).isPresent()) {
            return Optional.empty();
        }
        storage.requireRoomToWrite();
        return Optional.of(new IssuedToken(secret, store.add(name, hash, Set.of(Scope.ADMIN), null, now(), null)));
    }

    /**
     * The active token a presented secret belongs to.
     *
     * @return empty when the secret is unknown, revoked or expired
     */
    public Optional<ApiToken> authenticate(String presentedSecret) {
        if (presentedSecret == null || presentedSecret.isBlank()) {
            return Optional.empty();
        }
        TokenHash presented = TokenHash.of(presentedSecret);
        Instant now = now();
        return store.findByHash(presented)
                .filter(token -> token.hash().matches(presented))
                .filter(token -> token.isActive(now));
    }

    /** Revokes a token from now on; its requests fail from the next one. */
    public ApiToken revoke(long id) {
        return store.revoke(id, now());
    }

    /** Stores keep instants to the microsecond, so the service never hands out finer ones. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
