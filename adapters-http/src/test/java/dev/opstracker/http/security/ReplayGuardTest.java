package dev.opstracker.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayGuardTest {

    private static final Instant NOW = Instant.parse("2026-11-24T16:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(300);

    @Test
    void anIdIsClaimedOnceUntilItExpires() {
        ReplayGuard guard = new ReplayGuard(10);

        assertThat(guard.claim("events msg_1", LATER, NOW)).isTrue();
        assertThat(guard.claim("events msg_1", LATER, NOW.plusSeconds(299))).isFalse();
        assertThat(guard.claim("events msg_1", LATER.plusSeconds(300), LATER)).isTrue();
    }

    @Test
    void aReleasedIdMayBeClaimedAgain() {
        ReplayGuard guard = new ReplayGuard(10);
        guard.claim("events msg_1", LATER, NOW);

        guard.release("events msg_1");

        assertThat(guard.claim("events msg_1", LATER, NOW)).isTrue();
    }

    @Test
    void whenFullExpiredIdsMakeRoomFirst() {
        ReplayGuard guard = new ReplayGuard(2);
        guard.claim("a", NOW.plusSeconds(1), NOW);
        guard.claim("b", LATER, NOW);

        assertThat(guard.claim("c", LATER, NOW.plusSeconds(2))).isTrue();

        assertThat(guard.size()).isEqualTo(2);
        assertThat(guard.claim("b", LATER, NOW.plusSeconds(2))).as("b is still held").isFalse();
    }

    @Test
    void whenFullOfLiveIdsTheOldestClaimGoesSoMemoryStaysBounded() {
        ReplayGuard guard = new ReplayGuard(2);
        guard.claim("a", LATER, NOW);
        guard.claim("b", LATER, NOW);

        guard.claim("c", LATER, NOW);

        assertThat(guard.size()).isEqualTo(2);
        assertThat(guard.claim("c", LATER, NOW)).isFalse();
        assertThat(guard.claim("a", LATER, NOW)).as("a was evicted").isTrue();
    }

    @Test
    void aGuardHoldsAtLeastOneId() {
        assertThatThrownBy(() -> new ReplayGuard(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
