package dev.opstracker.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditModelTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void anActorIsATokensNameAndIdOrANameAlone() {
        Actor token = Actor.token("  ci deploys ", 7);

        assertThat(token.name()).isEqualTo("ci deploys");
        assertThat(token.tokenId()).isEqualTo(7);
        assertThat(token.usesToken(7)).isTrue();
        assertThat(token.usesToken(8)).isFalse();
        assertThat(Actor.named("anna").tokenId()).isNull();
        assertThat(Actor.named("anna").usesToken(7)).isFalse();
        assertThat(Actor.LIBRARY.name()).isEqualTo("library");
        assertThat(Actor.SYSTEM.name()).isEqualTo("system");
    }

    @Test
    void anActorWithoutANameOrWithATooLongOneOrABadTokenIdIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Actor.named(" ")).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("actor"));
        assertThatThrownBy(() -> Actor.named(null)).isInstanceOf(DomainException.InvalidInput.class);
        assertThatThrownBy(() -> Actor.named("x".repeat(Actor.MAX_NAME_LENGTH + 1))).isInstanceOf(DomainException.InvalidInput.class);
        assertThatThrownBy(() -> Actor.token("ci", 0)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("tokenId"));
    }

    @Test
    void actionsAreReadByTheirWireNamesAndAnUnknownOneNamesTheFieldAndTheChoices() {
        for (AuditAction action : AuditAction.values()) {
            assertThat(AuditAction.parse("action", action.wireName())).isEqualTo(action);
        }
        assertThat(AuditAction.DATA_EXPORTED.wireName()).isEqualTo("data.exported");
        assertThatThrownBy(() -> AuditAction.parse("action", "token.stolen")).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> {
                    assertThat(invalid.field()).isEqualTo("action");
                    assertThat(invalid.value()).isEqualTo("token.stolen");
                    assertThat(invalid.getMessage()).contains("token.created, token.revoked, alert-rules.changed, data.exported, runbook.restored, backup.taken");
                });
    }

    @Test
    void anEntryStripsItsTargetAndDetailAndKeepsAnAbsentDetailEmpty() {
        AuditEntry entry = AuditEntry.unsaved(T0, Actor.SYSTEM, AuditAction.TOKEN_CREATED, " token 3 ", "  name=ci ");

        assertThat(entry.id()).isZero();
        assertThat(entry.target()).isEqualTo("token 3");
        assertThat(entry.detail()).isEqualTo("name=ci");
        assertThat(AuditEntry.unsaved(T0, Actor.SYSTEM, AuditAction.TOKEN_CREATED, "token 3", null).detail()).isEmpty();
        assertThat(entry.withId(9)).isEqualTo(new AuditEntry(9, T0, Actor.SYSTEM, AuditAction.TOKEN_CREATED, "token 3", "name=ci"));
    }

    @Test
    void aTooLongDetailIsCutWithAMarkWithoutSplittingACharacter() {
        String detail = "a".repeat(AuditEntry.MAX_DETAIL_LENGTH - 2) + "😀" + "b".repeat(10);

        AuditEntry entry = AuditEntry.unsaved(T0, Actor.SYSTEM, AuditAction.DATA_EXPORTED, "time report", detail);

        assertThat(entry.detail()).hasSizeLessThanOrEqualTo(AuditEntry.MAX_DETAIL_LENGTH).endsWith("a…");
        assertThat(AuditEntry.unsaved(T0, Actor.SYSTEM, AuditAction.DATA_EXPORTED, "r", "c".repeat(AuditEntry.MAX_DETAIL_LENGTH)).detail())
                .hasSize(AuditEntry.MAX_DETAIL_LENGTH).doesNotContain("…");
    }

    @Test
    void anEntryNeedsATargetOfAtMostTwoHundredCharacters() {
        assertThatThrownBy(() -> AuditEntry.unsaved(T0, Actor.SYSTEM, AuditAction.TOKEN_REVOKED, "  ", "x"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("target"));
        assertThatThrownBy(() -> AuditEntry.unsaved(T0, Actor.SYSTEM, AuditAction.TOKEN_REVOKED, "t".repeat(201), "x"))
                .isInstanceOf(DomainException.InvalidInput.class);
        assertThatThrownBy(() -> AuditEntry.unsaved(T0, Actor.SYSTEM, AuditAction.TOKEN_REVOKED, "token \uD800", "x"))
                .isInstanceOf(DomainException.InvalidInput.class);
    }
}
