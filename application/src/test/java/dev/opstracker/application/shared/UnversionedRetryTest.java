package dev.opstracker.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UnversionedRetryTest {

    private final AtomicInteger attempts = new AtomicInteger();

    private String losesTwice() {
        if (attempts.incrementAndGet() <= 2) {
            throw DomainException.Conflict.staleVersion("task", 1, 1, 2);
        }
        return "done";
    }

    @Test
    void anUnversionedWriteThatLosesRacesIsRetried() {
        assertThat(UnversionedRetry.run(OptionalLong.empty(), this::losesTwice)).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aVersionedWriteReportsTheFirstLostRace() {
        assertThatThrownBy(() -> UnversionedRetry.run(OptionalLong.of(1), this::losesTwice))
                .isInstanceOfSatisfying(DomainException.Conflict.class, conflict -> assertThat(conflict.isStaleVersion()).isTrue());
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aWriteThatLostALockRaceIsRetriedEvenWhenItNamedAVersion() {
        String result = UnversionedRetry.run(OptionalLong.of(1), () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new DomainException.Conflict(DomainException.Conflict.CONCURRENT_WRITE, "deadlock; try again");
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void otherConflictsAreNeverRetried() {
        assertThatThrownBy(() -> UnversionedRetry.run(OptionalLong.empty(), () -> {
            attempts.incrementAndGet();
            throw new DomainException.Conflict("illegal-transition", "no");
        })).isInstanceOf(DomainException.Conflict.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aWriterThatKeepsLosingGivesUpAfterTheLastAttempt() {
        assertThatThrownBy(() -> UnversionedRetry.run(OptionalLong.empty(), () -> {
            attempts.incrementAndGet();
            throw DomainException.Conflict.staleVersion("task", 1, 1, 2);
        })).isInstanceOf(DomainException.Conflict.class).hasMessage("task 1 is at version 2, not 1: reload it and apply the change again");
        assertThat(attempts).hasValue(UnversionedRetry.ATTEMPTS);
    }
}
