package dev.opstracker.http.alert;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Bounds how many deliveries are applied at once. Beyond that a delivery waits a moment for a slot
 * and is then turned away with a status the sender retries (503 with Retry-After), rather than
 * queueing without bound behind the database pool until senders time out. Nothing is dropped: a
 * turned-away delivery was not kept, and its sender sends it again.
 */
final class IntakeGate {

    /** A little above the database pool (10): enough to keep it busy, few enough that waiting happens here, in order, not in the pool. */
    static final int DEFAULT_SLOTS = 16;
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(2);
    static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore slots;
    private final Duration wait;

    IntakeGate(int slots, Duration wait) {
        if (slots < 1) {
            throw new IllegalArgumentException("at least one slot, not " + slots);
        }
        this.slots = new Semaphore(slots, true);
        this.wait = wait;
    }

    /** A slot, held until the permit is closed; empty when none freed within the wait. */
    Optional<Permit> tryEnter() {
        try {
            return slots.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS) ? Optional.of(slots::release) : Optional.empty();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** A held slot. */
    @FunctionalInterface
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
