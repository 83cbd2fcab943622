package dev.opstracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.security.ApiToken;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.security.TokenHash;
import dev.opstracker.domain.security.TokenStore;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TokenStore} must do. */
public abstract class TokenStoreContract {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    protected TokenStore store;

    /** A store holding no tokens. Called before every test. */
    protected abstract TokenStore emptyStore();

    @BeforeEach
    void startEmpty() {
        store = emptyStore();
    }

    @Test
    void aStoredTokenIsFoundByItsHashWithScopesAndExpiry() {
        ApiToken added = store.add("ci deploys", TokenHash.of("secret-1"), Set.of(Scope.TASKS_READ, Scope.ALERTS_WRITE), null, T0, T0.plusSeconds(3600));

        assertThat(store.findByHash(TokenHash.of("secret-1"))).contains(added);
        assertThat(added.scopes()).containsExactlyInAnyOrder(Scope.TASKS_READ, Scope.ALERTS_WRITE);
        assertThat(added.expiresAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(store.findByHash(TokenHash.of("secret-2"))).isEmpty();
    }

    @Test
    void aTokenLimitedToOneClientKeepsItsClientThroughRevocation() {
        ApiToken added = store.add("acme portal", TokenHash.of("acme"), Set.of(Scope.TIME_READ), new BillingCode("ACME"), T0, null);

        assertThat(store.findByHash(TokenHash.of("acme")).orElseThrow().client()).isEqualTo(new BillingCode("ACME"));
        assertThat(store.revoke(added.id(), T0.plusSeconds(1)).client()).isEqualTo(new BillingCode("ACME"));
        assertThat(added.sees(new BillingCode("ACME"))).isTrue();
        assertThat(added.sees(new BillingCode("GLOBEX"))).isFalse();
        assertThat(added.sees(null)).isFalse();
        assertThat(store.add("all", TokenHash.of("all"), Set.of(Scope.ADMIN), null, T0, null).sees(new BillingCode("GLOBEX"))).isTrue();
    }

    @Test
    void countIncludesEveryStoredToken() {
        assertThat(store.count()).isZero();
        store.add("a", TokenHash.of("a"), Set.of(Scope.ADMIN), null, T0, null);
        store.add("b", TokenHash.of("b"), Set.of(Scope.ADMIN), null, T0, null);

        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void aSecondTokenWithTheSameHashIsAConflict() {
        store.add("a", TokenHash.of("same"), Set.of(Scope.ADMIN), null, T0, null);

        assertThatThrownBy(() -> store.add("b", TokenHash.of("same"), Set.of(Scope.ADMIN), null, T0, null))
                .isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void revokingKeepsTheTokenButMarksItInactive() {
        ApiToken added = store.add("a", TokenHash.of("a"), Set.of(Scope.ADMIN), null, T0, null);

        ApiToken revoked = store.revoke(added.id(), T0.plusSeconds(60));
        store.revoke(added.id(), T0.plusSeconds(120));

        assertThat(revoked.revokedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(store.findByHash(TokenHash.of("a")).orElseThrow().revokedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(store.findByHash(TokenHash.of("a")).orElseThrow().isActive(T0.plusSeconds(61))).isFalse();
    }

    @Test
    void tokensAreFoundByIdentityAndListedInTheOrderTheyWereAddedRevokedOnesIncluded() {
        ApiToken first = store.add("first", TokenHash.of("1"), Set.of(Scope.ADMIN), null, T0, null);
        ApiToken second = store.add("second", TokenHash.of("2"), Set.of(Scope.TIME_READ), new BillingCode("ACME"), T0, T0.plusSeconds(60));
        ApiToken revoked = store.revoke(first.id(), T0.plusSeconds(1));

        assertThat(store.find(second.id())).contains(second);
        assertThat(store.find(first.id())).contains(revoked);
        assertThat(store.find(second.id() + 100)).isEmpty();
        assertThat(store.list()).containsExactly(revoked, second);
    }

    @Test
    void anEmptyStoreListsNoTokens() {
        assertThat(store.list()).isEmpty();
    }

    @Test
    void revokingAnUnknownTokenIsNotFound() {
        assertThatThrownBy(() -> store.revoke(99, T0)).isInstanceOf(DomainException.NotFound.class);
    }
}
