package dev.opstracker.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecurityModelTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void adminGrantsEveryScopeAndWriteGrantsRead() {
        for (Scope scope : Scope.values()) {
            assertThat(Scope.ADMIN.grants(scope)).isTrue();
        }
        assertThat(Scope.TASKS_WRITE.grants(Scope.TASKS_READ)).isTrue();
        assertThat(Scope.TASKS_READ.grants(Scope.TASKS_WRITE)).isFalse();
        assertThat(Scope.ALERTS_WRITE.grants(Scope.TASKS_READ)).isFalse();
        assertThat(Scope.INFRA_WRITE.grants(Scope.INFRA_READ)).isTrue();
        assertThat(Scope.INFRA_READ.grants(Scope.INFRA_WRITE)).isFalse();
        assertThat(Scope.TASKS_WRITE.grants(Scope.INFRA_READ)).isFalse();
        assertThat(Scope.TIME_WRITE.grants(Scope.TIME_READ)).isTrue();
        assertThat(Scope.TIME_READ.grants(Scope.TIME_WRITE)).isFalse();
        assertThat(Scope.TIME_WRITE.grants(Scope.BILLING_READ)).as("recording time is not reading invoices").isFalse();
        assertThat(Scope.BILLING_READ.grants(Scope.TIME_READ)).isFalse();
        assertThat(Scope.TASKS_WRITE.grants(Scope.TIME_WRITE)).isFalse();
        assertThat(Scope.RUNBOOKS_WRITE.grants(Scope.RUNBOOKS_READ)).isTrue();
        assertThat(Scope.RUNBOOKS_READ.grants(Scope.RUNBOOKS_WRITE)).isFalse();
        assertThat(Scope.METRICS_READ.grants(Scope.TASKS_READ)).as("a scraper reads counts, never tasks").isFalse();
        assertThat(Scope.ADMIN.grants(Scope.METRICS_READ)).isTrue();
    }

    @Test
    void scopesAreReadByTheirWireNames() {
        assertThat(Scope.parse("alerts:write")).isEqualTo(Scope.ALERTS_WRITE);
        assertThat(Scope.TASKS_READ.wireName()).isEqualTo("tasks:read");
        assertThat(Scope.parse("time:write")).isEqualTo(Scope.TIME_WRITE);
        assertThat(Scope.parse("billing:read")).isEqualTo(Scope.BILLING_READ);
        assertThat(Scope.parse("metrics:read")).isEqualTo(Scope.METRICS_READ);
        assertThatThrownBy(() -> Scope.parse("root")).hasMessageContaining("admin, tasks:read, tasks:write, infra:read, infra:write, alerts:write")
                .hasMessageEndingWith("commands:raw, time:read, time:write, billing:read, runbooks:read, runbooks:write, metrics:read");
    }

    @Test
    void aTokenHashIsTheSha256HexOfTheSecretAndHidesItselfWhenPrinted() {
        TokenHash hash = TokenHash.of("abc");

        assertThat(hash.hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(hash.toString()).doesNotContain(hash.hex());
        assertThat(hash.matches(TokenHash.of("abc"))).isTrue();
        assertThat(hash.matches(TokenHash.of("abd"))).isFalse();
        assertThat(hash).isEqualTo(TokenHash.of("abc")).hasSameHashCodeAs(TokenHash.of("abc")).isNotEqualTo(TokenHash.of("abd"))
                .isNotEqualTo(hash.hex());
        assertThatThrownBy(() -> new TokenHash("XYZ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTokenAllowsItsScopesOnlyWhileNotExpiredOrRevoked() {
        ApiToken token = new ApiToken(1, "ci", TokenHash.of("s"), Set.of(Scope.TASKS_READ), T0, T0.plusSeconds(60), null);

        assertThat(token.allows(Scope.TASKS_READ, T0)).isTrue();
        assertThat(token.allows(Scope.TASKS_WRITE, T0)).isFalse();
        assertThat(token.allows(Scope.TASKS_READ, T0.plusSeconds(60))).isFalse();

        ApiToken revoked = new ApiToken(1, "ci", TokenHash.of("s"), Set.of(Scope.ADMIN), T0, null, T0);
        assertThat(revoked.allows(Scope.TASKS_READ, T0)).isFalse();
        assertThat(revoked.grants(Scope.TASKS_READ)).as("the scope itself is still carried").isTrue();
    }

    @Test
    void aTokenNeedsANameAndAScope() {
        assertThatThrownBy(() -> new ApiToken(1, " ", TokenHash.of("s"), Set.of(Scope.ADMIN), T0, null, null))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new ApiToken(1, "ci", TokenHash.of("s"), Set.of(), T0, null, null))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("scopes"));
    }
}
