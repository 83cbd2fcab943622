package dev.opstracker.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachedFigureTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicLong reads = new AtomicLong();

    private CachedFigure figure(Runnable before) {
        return new CachedFigure("test", () -> {
            before.run();
            return reads.incrementAndGet();
        }, Duration.ofSeconds(15), nanos::get);
    }

    @Test
    void aFigureIsReadOnceAndAgainOnlyAfterItsMaximumAge() {
        CachedFigure figure = figure(() -> { });

        assertThat(figure.value()).isEqualTo(1.0);
        nanos.addAndGet(Duration.ofSeconds(14).toNanos());
        assertThat(figure.value()).isEqualTo(1.0);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(figure.value()).isEqualTo(2.0);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aFailedReadGivesNotANumberAndIsNotRetriedBeforeTheMaximumAge() {
        CachedFigure figure = figure(() -> {
            throw new IllegalStateException("database away");
        });

        assertThat(figure.value()).isNaN();
        assertThat(figure.value()).isNaN();
        assertThat(reads).hasValue(0);
    }
}
