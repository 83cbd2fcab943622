package dev.opstracker.application.security;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * API tokens: issuing them (the secret is returned once and only its hash is kept), listing and
 * revoking them, and checking presented secrets. Issuing and revoking go to the {@link AuditLog}. Past the
 * critical storage level issuing and registering tokens is refused ({@link StorageWatch}); revoking
 * one never is, since a leaked token must stop working whatever the disk.
 */
public final class TokenService {

    /** Every secret starts with this, so secret scanners and people can recognise one. */
    public static final String SECRET_PREFIX = "opt_";
    /**
     * The scopes a token limited to one client may hold: the reads that know which client data belongs
     * to (a task's, an entry's billing code) and are filtered by it. Commands, components, alerts and
     * runbooks are not: their reads span clients.
     */
    public static final Set<Scope> CLIENT_SCOPES = Set.of(Scope.TASKS_READ, Scope.TIME_READ, Scope.BILLING_READ);
    private static final int SECRET_BYTES = 32;
    private static final int MIN_SUPPLIED_SECRET_LENGTH = 24;

    private final TokenStore store;
    private final AuditLog audit;
    private final InstantSource clock;
    private final SecureRandom random = new SecureRandom();
    private final StorageWatch storage;
    private final Map<TokenHash, ApiToken> localSessions = new ConcurrentHashMap<>();

    /** Tokens that do not watch storage. */
    public TokenService(TokenStore store, AuditLog audit, InstantSource clock) {
        this(store, audit, clock, StorageWatch.unwatched());
    }

    @Inject
    public TokenService(TokenStore store, AuditLog audit, InstantSource clock, StorageWatch storage) {
        this.store = requireNonNull(store, "store is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.storage = requireNonNull(storage, "storage is null");
    }

    /**
     * Creates a token with a fresh random secret, recorded as created by the {@linkplain Actor#LIBRARY library}.
     *
     * @param expiresAt when it stops working; null for never
     */
    public IssuedToken issue(String name, Set<Scope> scopes, Instant expiresAt) {
        return issue(Actor.LIBRARY, name, scopes, null, expiresAt);
    }

    /** As {@link #issue(Actor, String, Set, BillingCode, Instant)}, recorded as created by the {@linkplain Actor#LIBRARY library}. */
    public IssuedToken issue(String name, Set<Scope> scopes, BillingCode client, Instant expiresAt) {
        return issue(Actor.LIBRARY, name, scopes, client, expiresAt);
    }

    /**
     * Creates a token with a fresh random secret, limited to one client's data when {@code client}
     * is given, and records in the audit log that {@code actor} created it (never the secret).
     *
     * @param expiresAt when it stops working; null for never
     * @throws DomainException.InvalidInput naming {@code expiresAt} for an expiry not in the future, {@code scopes}
     *                                      for none or for scopes a client's token may not hold, {@code name} for a bad name
     */
    public IssuedToken issue(Actor actor, String name, Set<Scope> scopes, BillingCode client, Instant expiresAt) {
        requireNonNull(actor, "actor is null");
        storage.requireRoomToWrite();
        if (client != null && scopes != null && !CLIENT_SCOPES.containsAll(scopes)) {
            // Only the reads of CLIENT_SCOPES know which client data belongs to; the other scopes do not.
            throw new DomainException.InvalidInput("scopes", wireNames(scopes), "a token limited to client %s may hold only %s"
                    .formatted(client, wireNames(CLIENT_SCOPES)));
        }
        Instant now = now();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new DomainException.InvalidInput("expiresAt", expiresAt, "an expiry must lie in the future, after " + now);
        }
        String secret = newSecret();
        IssuedToken issued = new IssuedToken(secret, store.add(name, TokenHash.of(secret), scopes, client, now, expiresAt));
        recordCreated(actor, issued.token());
        return issued;
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
     * Registers {@code secret} as an admin token that never expires, unless it is registered already;
     * recorded in the audit log as created by the {@linkplain Actor#SYSTEM system}. Nodes sharing a
     * database and started together all register the same supplied secret: the one whose insert loses
     * to another's finds the secret known, as if it had looked a moment later.
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
        ApiToken token;
        try {
            token = store.add(name, hash, Set.of(Scope.ADMIN), null, now(), null);
        } catch (DomainException.Conflict registeredMeanwhile) {
            if (store.findByHash(hash).isPresent()) {
                return Optional.empty();
            }
            throw registeredMeanwhile;
        }
        recordCreated(Actor.SYSTEM, token);
        return Optional.of(new IssuedToken(secret, token));
    }

    /**
     * Opens a session for {@code operator} working on this store from the same process, such as the command line on its
     * own data directory: a fresh admin secret that authenticates as a token named {@code operator} with id
     * {@link ApiToken#LOCAL_SESSION_ID}, never stored (it is not listed, and it ends with this process). Whoever can
     * call this already holds the store; the session lets such a caller go through the API like any client.
     *
     * @return the secret to present as a bearer token
     */
    public String openLocalSession(String operator) {
        String secret = newSecret();
        localSessions.put(TokenHash.of(secret), new ApiToken(ApiToken.LOCAL_SESSION_ID, operator, TokenHash.of(secret), Set.of(Scope.ADMIN), now(),
                null, null));
        return secret;
    }

    /**
     * The active token a presented secret belongs to. The store finds the token by the secret's hash
     * (see {@link TokenStore} on why that lookup need not be constant time); the hashes are then
     * compared in constant time before the token is trusted.
     *
     * @return empty when the secret is unknown, revoked or expired
     */
    public Optional<ApiToken> authenticate(String presentedSecret) {
        if (presentedSecret == null || presentedSecret.isBlank()) {
            return Optional.empty();
        }
        TokenHash presented = TokenHash.of(presentedSecret);
        ApiToken local = localSessions.get(presented);
        if (local != null && local.hash().matches(presented)) {
            return Optional.of(local);
        }
        Instant now = now();
        return store.findByHash(presented)
                .filter(token -> token.hash().matches(presented))
                .filter(token -> token.isActive(now));
    }

    /** Every token, revoked and expired ones included, oldest first. They carry hashes, never secrets. */
    public List<ApiToken> list() {
        return store.list();
    }

    /** @throws DomainException.NotFound when no token has this id */
    public ApiToken get(long id) {
        return store.find(id).orElseThrow(() -> new DomainException.NotFound("token", Long.toString(id)));
    }

    /** As {@link #revoke(Actor, long)}, by the {@linkplain Actor#LIBRARY library}. */
    public ApiToken revoke(long id) {
        return revoke(Actor.LIBRARY, id);
    }

    /**
     * Revokes a token from now on; its requests fail from the next one. Revoking a revoked token
     * changes nothing and returns it as it is (with its first revocation's instant); only the first
     * revocation is recorded in the audit log.
     *
     * @throws DomainException.NotFound when no token has this id
     * @throws DomainException.Conflict (reason {@code own-token}) when {@code actor} presented this very
     *                                  token: a caller never locks themselves out; another admin token revokes it
     */
    public ApiToken revoke(Actor actor, long id) {
        requireNonNull(actor, "actor is null");
        if (actor.usesToken(id)) {
            throw new DomainException.Conflict("own-token",
                    "token %d is the one making this request; revoke it with another admin token so that you are not locked out".formatted(id));
        }
        Instant now = now();
        ApiToken revoked = store.revoke(id, now);
        if (now.equals(revoked.revokedAt())) {
            audit.record(actor, AuditAction.TOKEN_REVOKED, target(revoked), "name=" + revoked.name());
        }
        return revoked;
    }

    private void recordCreated(Actor actor, ApiToken token) {
        String detail = "name=%s scopes=%s client=%s expiresAt=%s".formatted(token.name(), wireNames(token.scopes()),
                token.client() == null ? "any" : token.client(), token.expiresAt() == null ? "never" : token.expiresAt());
        audit.record(actor, AuditAction.TOKEN_CREATED, target(token), detail);
    }

    private static String target(ApiToken token) {
        return "token " + token.id();
    }

    /** Scopes by their wire names in declaration order, such as {@code time:read,billing:read}. */
    private static String wireNames(Set<Scope> scopes) {
        return scopes.isEmpty() ? "" : EnumSet.copyOf(scopes).stream().map(Scope::wireName).collect(Collectors.joining(","));
    }

    /** Stores keep instants to the microsecond, so the service never hands out finer ones. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
