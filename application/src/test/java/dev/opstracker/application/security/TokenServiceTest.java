package dev.opstracker.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.audit.AuditLog;
import dev.opstracker.application.testing.InMemoryAuditStore;
import dev.opstracker.application.testing.InMemoryTokenStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.audit.AuditEntry;
import dev.opstracker.domain.security.ApiToken;
import dev.opstracker.domain.security.Scope;
import dev.opstracker.domain.security.TokenStore;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.security.TokenHash;
import dev.opstracker.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T08:00:00Z");
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final InMemoryAuditStore audit = new InMemoryAuditStore();
    private final TokenService tokens = new TokenService(store, new AuditLog(audit, clock), clock);
    private final Actor admin = Actor.token("ops admin", 99);

    @Test
    void anIssuedSecretIsLongRandomPrefixedAndStoredOnlyAsItsHash() {
        IssuedToken issued = tokens.issue("ci", Set.of(Scope.TASKS_READ), null);
        IssuedToken other = tokens.issue("ci2", Set.of(Scope.TASKS_READ), null);

        assertThat(issued.secret()).startsWith("opt_").hasSizeGreaterThan(40).isNotEqualTo(other.secret());
        assertThat(issued.token().hash()).isEqualTo(TokenHash.of(issued.secret()));
        assertThat(issued.toString()).doesNotContain(issued.secret());
    }

    @Test
    void aLocalSessionAuthenticatesAsAnAdminNamedForItsOperatorAndIsNeverStoredListedOrAudited() {
        String secret = tokens.openLocalSession("alice");

        ApiToken session = tokens.authenticate(secret).orElseThrow();

        assertThat(session.name()).isEqualTo("alice");
        assertThat(session.isLocalSession()).isTrue();
        assertThat(session.grants(Scope.ADMIN)).isTrue();
        assertThat(store.count()).isZero();
        assertThat(tokens.list()).isEmpty();
        assertThat(audit.all()).isEmpty();
        assertThat(tokens.authenticate(secret + "x")).isEmpty();
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
                .isInstanceOf(DomainException.InvalidInput.class).hasMessageContaining("may hold only tasks:read,time:read,billing:read");
        assertThatThrownBy(() -> tokens.issue("acme commands", Set.of(Scope.TASKS_READ, Scope.COMMANDS_READ), new BillingCode("ACME"), null))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.value()).isEqualTo("tasks:read,commands:read"))
                .hasMessageContaining("ACME");
        assertThat(tokens.issue("acme tasks", Set.of(Scope.TASKS_READ), new BillingCode("ACME"), null).token().client()).isEqualTo(new BillingCode("ACME"));
    }

    @Test
    void anExpiryNowOrInThePastIsRejectedNamingTheFieldAndTheValue() {
        assertThatThrownBy(() -> tokens.issue("x", Set.of(Scope.ADMIN), clock.instant()))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("expiresAt"));
        assertThatThrownBy(() -> tokens.issue(admin, "x", Set.of(Scope.ADMIN), null, clock.instant().minusSeconds(1)))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("expiresAt");
                    assertThat(invalid.value()).isEqualTo("2026-11-20T07:59:59Z");
                });
        assertThat(store.count()).isZero();
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void anExpiredTokenNoLongerAuthenticatesFromItsExpiryOnButIsStillListed() {
        IssuedToken issued = tokens.issue(admin, "one hour", Set.of(Scope.TASKS_READ), null, clock.instant().plusSeconds(3600));

        clock.advance(Duration.ofSeconds(3599));
        assertThat(tokens.authenticate(issued.secret())).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        assertThat(tokens.list()).containsExactly(issued.token());
    }

    @Test
    void issuingRecordsWhoCreatedWhichTokenWithItsScopesClientAndExpiryButNeverTheSecretOrItsHash() {
        IssuedToken issued = tokens.issue(admin, "acme portal", Set.of(Scope.BILLING_READ, Scope.TIME_READ), new BillingCode("ACME"),
                clock.instant().plusSeconds(60));

        AuditEntry entry = audit.all().getFirst();
        assertThat(entry.actor()).isEqualTo(admin);
        assertThat(entry.action()).isEqualTo(AuditAction.TOKEN_CREATED);
        assertThat(entry.target()).isEqualTo("token " + issued.token().id());
        assertThat(entry.detail()).isEqualTo("name=acme portal scopes=time:read,billing:read client=ACME expiresAt=2026-11-20T08:01:00Z");
        assertThat(entry.at()).isEqualTo(clock.instant());
        assertThat(entry.toString()).doesNotContain(issued.secret(), issued.token().hash().hex());
    }

    @Test
    void theLibrarysIssuesAndTheRegisteredAdminAreRecordedAsTheLibraryAndTheSystem() {
        tokens.issue("ci", Set.of(Scope.TASKS_READ), null);
        tokens.registerAdmin("initial admin", tokens.newSecret());

        assertThat(audit.all()).extracting(AuditEntry::actor).containsExactly(Actor.LIBRARY, Actor.SYSTEM);
        assertThat(audit.all().get(1).detail()).isEqualTo("name=initial admin scopes=admin client=any expiresAt=never");
    }

    @Test
    void everyTokenIsListedOldestFirstRevokedOnesIncludedAndOneIsReadById() {
        IssuedToken first = tokens.issue("first", Set.of(Scope.ADMIN), null);
        IssuedToken second = tokens.issue("second", Set.of(Scope.TASKS_READ), null);
        ApiToken revoked = tokens.revoke(admin, first.token().id());

        assertThat(tokens.list()).containsExactly(revoked, second.token());
        assertThat(tokens.get(second.token().id())).isEqualTo(second.token());
        assertThatThrownBy(() -> tokens.get(404)).isInstanceOfSatisfying(DomainException.NotFound.class,
                notFound -> assertThat(notFound.id()).isEqualTo("404"));
    }

    @Test
    void revokingIsRecordedOnceAndRevokingAgainKeepsTheFirstInstant() {
        IssuedToken issued = tokens.issue("ci", Set.of(Scope.TASKS_READ), null);

        ApiToken revoked = tokens.revoke(admin, issued.token().id());
        clock.advance(Duration.ofMinutes(5));
        ApiToken again = tokens.revoke(admin, issued.token().id());

        assertThat(again).isEqualTo(revoked);
        assertThat(revoked.revokedAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(audit.all()).filteredOn(entry -> entry.action() == AuditAction.TOKEN_REVOKED).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(admin);
                    assertThat(entry.target()).isEqualTo("token " + issued.token().id());
                    assertThat(entry.detail()).isEqualTo("name=ci");
                });
    }

    @Test
    void revokingAnUnknownTokenIsNotFoundAndRecordsNothing() {
        assertThatThrownBy(() -> tokens.revoke(admin, 12)).isInstanceOf(DomainException.NotFound.class);
        assertThat(audit.all()).isEmpty();
    }

    @Test
    void aCallerCannotRevokeTheTokenTheyArePresentingSoTheyCannotLockThemselvesOut() {
        IssuedToken issued = tokens.issue("ops admin", Set.of(Scope.ADMIN), null);
        Actor self = Actor.token("ops admin", issued.token().id());

        assertThatThrownBy(() -> tokens.revoke(self, issued.token().id())).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("own-token"));
        assertThat(tokens.authenticate(issued.secret())).isPresent();
        assertThat(tokens.revoke(admin, issued.token().id()).revokedAt()).isNotNull();
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
        TokenService racing = new TokenService(new OtherNodeFirst(store, clock), new AuditLog(audit, clock), clock);

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
        public Optional<ApiToken> find(long id) {
            return shared.find(id);
        }

        @Override
        public List<ApiToken> list() {
            return shared.list();
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
