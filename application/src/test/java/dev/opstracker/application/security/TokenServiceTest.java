package dev.opstracker.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.InMemoryTokenStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.security.ApiToken;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.security.TokenStore;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.security.TokenHash;
import dev.opstracker.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T08:00:00Z");
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final TokenService tokens = new TokenService(store, clock);

    @Test
    void anIssuedSecretIsLongRandomPrefixedAndStoredOnlyAsItsHash() {
        IssuedToken issued = tokens.issue("ci", Set.of(Scope.TASKS_READ), null);
        IssuedToken other = tokens.issue("ci2", Set.of(Scope.TASKS_READ), null);

        assertThat(issued.secret()).startsWith("opt_").hasSizeGreaterThan(40).isNotEqualTo(other.secret());
        assertThat(issued.token().hash()).isEqualTo(TokenHash.of(issued.secret()));
        assertThat(issued.toString()).doesNotContain(issued.secret());
    }

    @Test
    void aValidSecretAuthenticatesAsItsToken() {
        IssuedToken issued = tokens.issue("ci", Set.of(Scope.TASKS_WRITE), null);

        assertThat(tokens.authenticate(issued.secret())).contains(issued.token());
    }

    @Test
    void unknownBlankExpiredAndRevokedSecretsDoNotAuthenticate() {
        IssuedToken expiring = tokens.issue("short", Set.of(Scope.TASKS_READ), clock.instant().plusSeconds(60));
        IssuedToken revoked = tokens.issue("gone", Set.of(Scope.TASKS_READ), null);
        tokens.revoke(revoked.token().id());

        assertThat(tokens.authenticate("opt_unknown")).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
        assertThat(tokens.authenticate(revoked.secret())).isEmpty();
        assertThat(tokens.authenticate(expiring.secret())).isPresent();
        clock.advance(Duration.ofSeconds(60));
        assertThat(tokens.authenticate(expiring.secret())).isEmpty();
    }

    @Test
    void aTokenIssuedForOneClientAuthenticatesBoundToIt() {
        IssuedToken issued = tokens.issue("acme portal", Set.of(Scope.TIME_READ, Scope.BILLING_READ), new BillingCode("ACME"), null);

        assertThat(tokens.authenticate(issued.secret()).orElseThrow().client()).isEqualTo(new BillingCode("ACME"));
        assertThat(tokens.authenticate(tokens.issue("ops", Set.of(Scope.ADMIN), null).secret()).orElseThrow().client()).isNull();
        assertThatThrownBy(() -> tokens.issue("acme admin", Set.of(Scope.ADMIN), new BillingCode("ACME"), null))
                .isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("time:read and billing:read");
        assertThatThrownBy(() -> tokens.issue("acme tasks", Set.of(Scope.TASKS_READ, Scope.TIME_READ), new BillingCode("ACME"), null))
                .isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("ACME");
    }

    @Test
    void anExpiryInThePastIsRejected() {
        assertThatThrownBy(() -> tokens.issue("x", Set.of(Scope.ADMIN), clock.instant()))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("expiresAt"));
    }

    @Test
    void aFreshStoreHasNoTokensUntilOneIsIssued() {
        assertThat(tokens.anyTokenExists()).isFalse();
        tokens.issue("ci", Set.of(Scope.TASKS_READ), null);
        assertThat(tokens.anyTokenExists()).isTrue();
    }

    @Test
    void aNewSecretIsNotStoredUntilRegistered() {
        String secret = tokens.newSecret();

        assertThat(tokens.authenticate(secret)).isEmpty();
        assertThat(tokens.registerAdmin("initial admin", secret)).isPresent();
        assertThat(tokens.authenticate(secret).orElseThrow().scopes()).containsExactly(Scope.ADMIN);
    }

    @Test
    void aSuppliedAdminSecretIsRegisteredOnceAndThenAuthenticates() {
        String supplied = "opt_supplied-admin-secret-0123456789";

        assertThat(tokens.registerAdmin("supplied admin", supplied)).isPresent();
        assertThat(tokens.registerAdmin("supplied admin", supplied)).isEmpty();
        assertThat(tokens.authenticate(supplied).orElseThrow().allows(Scope.ADMIN, clock.instant())).isTrue();
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void aSuppliedAdminSecretThatAnotherNodeRegistersBetweenTheLookUpAndTheInsertCountsAsKnown() {
        String supplied = "opt_supplied-admin-secret-0123456789";
        TokenService racing = new TokenService(new OtherNodeFirst(store, clock), clock);

        assertThat(racing.registerAdmin("supplied admin", supplied)).isEmpty();
        assertThat(tokens.authenticate(supplied)).isPresent();
        assertThat(store.count()).isEqualTo(1);
    }

    /** A store shared with another node, which registers the same admin secret just after this node's first look-up. */
    private record OtherNodeFirst(InMemoryTokenStore shared, MutableClock clock) implements TokenStore {

        @Override
        public ApiToken add(String name, TokenHash hash, Set<Scope> scopes, BillingCode client, Instant createdAt, Instant expiresAt) {
            return shared.add(name, hash, scopes, client, createdAt, expiresAt);
        }

        @Override
        public Optional<ApiToken> findByHash(TokenHash hash) {
            if (shared.count() == 0) {
                shared.add("supplied admin", hash, Set.of(Scope.ADMIN), null, clock.instant(), null);
                return Optional.empty();
            }
            return shared.findByHash(hash);
        }

        @Override
        public ApiToken revoke(long id, Instant at) {
            return shared.revoke(id, at);
        }

        @Override
        public long count() {
            return shared.count();
        }
    }

    @Test
    void aShortAdminSecretIsRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> tokens.registerAdmin("admin", "short-secret"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("adminToken"))
                .hasMessageNotContaining("short-secret");
        assertThatThrownBy(() -> tokens.registerAdmin("admin", null)).isInstanceOf(DomainException.InvalidInput.class);
    }
}
