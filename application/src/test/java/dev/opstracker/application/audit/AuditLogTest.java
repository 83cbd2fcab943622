package dev.opstracker.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.application.testing.InMemoryAuditStore;
import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.domain.audit.Actor;
import dev.opstracker.domain.audit.AuditAction;
import dev.opstracker.domain.audit.AuditEntry;
import dev.opstracker.domain.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T08:15:30.123456789Z");
    private final AuditLog log = new AuditLog(new InMemoryAuditStore(), clock);

    @Test
    void aRecordedEntryCarriesTheActorTheActionTheTargetAndTheClocksInstantToTheMicrosecond() {
        AuditEntry entry = log.record(Actor.token("ops admin", 1), AuditAction.TOKEN_REVOKED, "token 4", "name=ci");

        assertThat(entry.id()).isPositive();
        assertThat(entry.at()).isEqualTo(Instant.parse("2026-11-20T08:15:30.123456Z"));
        assertThat(entry.actor()).isEqualTo(Actor.token("ops admin", 1));
        assertThat(log.list(null, PageRequest.firstDefault()).items()).containsExactly(entry);
    }

    @Test
    void theLogIsReadNewestFirstFromAnInstantOn() {
        log.record(Actor.SYSTEM, AuditAction.TOKEN_CREATED, "token 1", "");
        clock.advance(Duration.ofHours(1));
        Instant since = clock.instant().truncatedTo(ChronoUnit.MICROS);
        log.record(Actor.LIBRARY, AuditAction.RUNBOOK_RESTORED, "runbook restart-pod", "version 1 restored as version 3");
        log.record(Actor.LIBRARY, AuditAction.DATA_EXPORTED, "time report", "format=csv");

        assertThat(log.list(since, PageRequest.firstDefault()).items()).extracting(AuditEntry::target)
                .containsExactly("time report", "runbook restart-pod");
        assertThat(log.list(null, PageRequest.firstDefault()).items()).hasSize(3);
    }
}
