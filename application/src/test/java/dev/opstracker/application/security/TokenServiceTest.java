package dev.opstracker.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.InMemoryTokenStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.security.TokenHash;
import dev.opstracker.domain.shared.DomainException;
import java.time.Duration;
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
    void anExpiryInThePastIsRejected() {
        assertThatThrownBy(() -> tokens.issue("x", Set.of(Scope.ADMIN), clock.instant()))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("expiresAt"));
    }

    @Test
    void theFirstAdminIsCreatedOnlyOnAStoreWithoutTokens() {
        Optional<IssuedToken> first = tokens.bootstrapAdmin(null);

        assertThat(first).isPresent();
        assertThat(first.orElseThrow().token().scopes()).containsExactly(Scope.ADMIN);
        assertThat(tokens.bootstrapAdmin(null)).isEmpty();
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void aSuppliedAdminSecretIsAdoptedOnceAndThenAuthenticates() {
        String supplied = "opt_supplied-admin-secret-0123456789";

        assertThat(tokens.bootstrapAdmin(supplied)).isPresent();
        assertThat(tokens.bootstrapAdmin(supplied)).isEmpty();
        assertThat(tokens.authenticate(supplied).orElseThrow().allows(Scope.ADMIN, clock.instant())).isTrue();
    }

    @Test
    void aShortSuppliedAdminSecretIsRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> tokens.bootstrapAdmin("short-secret"))
                .isInstanceOf(DomainException.InvalidInput.class)
                .hasMessageNotContaining("short-secret")
                .hasMessageContaining("OPSTRACKER_ADMIN_TOKEN");
    }
}
