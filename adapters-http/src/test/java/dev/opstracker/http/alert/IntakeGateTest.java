package dev.opstracker.http.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntakeGateTest {

    @Test
    void deliveriesBeyondTheSlotsAreTurnedAwayAfterTheWaitAndAFreedSlotTakesTheNext() {
        IntakeGate gate = new IntakeGate(2, Duration.ofMillis(50));

        Optional<IntakeGate.Permit> first = gate.tryEnter();
        Optional<IntakeGate.Permit> second = gate.tryEnter();
        long start = System.nanoTime();
        Optional<IntakeGate.Permit> third = gate.tryEnter();

        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(third).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        first.get().close();
        assertThat(gate.tryEnter()).isPresent();
    }

    @Test
    void anInterruptedWaitIsTurnedAwayAndKeepsTheInterrupt() {
        IntakeGate gate = new IntakeGate(1, Duration.ofSeconds(5));
        gate.tryEnter();

        Thread.currentThread().interrupt();
        assertThat(gate.tryEnter()).isEmpty();
        assertThat(Thread.interrupted()).isTrue();
        assertThatThrownBy(() -> new IntakeGate(0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
