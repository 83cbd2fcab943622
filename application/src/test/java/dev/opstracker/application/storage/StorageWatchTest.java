package dev.opstracker.application.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.application.testing.MutableClock;
import dev.opstracker.application.testing.SettableDiskSpace;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.storage.StorageCondition;
import dev.opstracker.domain.storage.StorageLevel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorageWatchTest {

    private final MutableClock clock = MutableClock.at("2026-11-20T08:00:00Z");
    private final SettableDiskSpace disk = SettableDiskSpace.roomy();
    private final List<String> changes = new ArrayList<>();
    private final StorageWatch watch = new StorageWatch(disk, StorageSettings.DEFAULT, clock,
            (before, now) -> changes.add(before.level() + "->" + now.level()));

    @Test
    void theDiskIsMeasuredAtMostOncePerCheckIntervalHoweverOftenItIsAsked() {
        for (int request = 0; request < 1_000; request++) {
            watch.condition();
        }
        assertThat(disk.measurements()).isEqualTo(1);

        clock.advance(Duration.ofMillis(4_999));
        watch.condition();
        assertThat(disk.measurements()).isEqualTo(1);

        clock.advance(Duration.ofMillis(1));
        watch.condition();
        assertThat(disk.measurements()).isEqualTo(2);
    }

    @Test
    void aChangeOnDiskIsSeenOnceTheCheckIntervalHasPassed() {
        assertThat(watch.condition().level()).isEqualTo(StorageLevel.NORMAL);
        disk.full();

        assertThat(watch.condition().level()).as("the cached reading").isEqualTo(StorageLevel.NORMAL);
        clock.advance(StorageSettings.DEFAULT_CHECK_INTERVAL);
        assertThat(watch.condition().level()).isEqualTo(StorageLevel.CRITICAL);
    }

    @Test
    void eachCrossingOfALevelIsToldOnceInEitherDirection() {
        watch.condition();
        disk.nearlyFull();
        for (int check = 0; check < 3; check++) {
            clock.advance(Duration.ofSeconds(5));
            watch.condition();
        }
        disk.full();
        clock.advance(Duration.ofSeconds(5));
        watch.condition();
        disk.free(60 * SettableDiskSpace.GIB);
        clock.advance(Duration.ofSeconds(5));
        watch.condition();
        clock.advance(Duration.ofSeconds(5));
        watch.condition();

        assertThat(changes).containsExactly("NORMAL->WARNING", "WARNING->CRITICAL", "CRITICAL->NORMAL");
    }

    @Test
    void aVolumeFullAtTheFirstMeasurementIsToldToo() {
        disk.nearlyFull();

        watch.condition();

        assertThat(changes).containsExactly("NORMAL->WARNING");
    }

    @Test
    void pastTheCriticalLevelAWriteIsRefusedSayingWhyAndWhatStillWorks() {
        disk.full();

        assertThatThrownBy(watch::requireRoomToWrite)
                .isInstanceOf(DomainException.StorageFull.class)
                .hasMessageContaining("the data directory's volume has 50.0 MiB free")
                .hasMessageContaining("below the critical threshold of 2% or 200.0 MiB")
                .hasMessageContaining(StorageCondition.STILL_WORKING);
    }

    @Test
    void belowTheCriticalLevelWritesGoAhead() {
        watch.requireRoomToWrite();
        disk.nearlyFull();
        clock.advance(Duration.ofSeconds(5));

        watch.requireRoomToWrite();

        assertThat(watch.underPressure()).isTrue();
    }

    @Test
    void pastTheWarningLevelOutputsAreCappedAtThePressureBoundUnlessTheConfiguredCapIsSmaller() {
        long tenMib = 10L * 1024 * 1024;
        assertThat(watch.outputCap(tenMib)).isEqualTo(tenMib);

        disk.nearlyFull();
        clock.advance(Duration.ofSeconds(5));

        assertThat(watch.outputCap(tenMib)).isEqualTo(StorageSettings.DEFAULT_PRESSURE_OUTPUT_CAP);
        assertThat(watch.outputCap(64 * 1024)).isEqualTo(64 * 1024);
    }

    @Test
    void anUnwatchedStoreIsAlwaysNormalAndNeverRefuses() {
        StorageWatch unwatched = StorageWatch.unwatched();

        unwatched.requireRoomToWrite();

        assertThat(unwatched.condition().level()).isEqualTo(StorageLevel.NORMAL);
        assertThat(unwatched.condition().reason()).isEqualTo("no local volume is watched");
        assertThat(unwatched.outputCap(123_456)).isEqualTo(123_456);
    }

    @Test
    void settingsRefuseANegativeIntervalAndAPressureCapTooSmallForHeadAndTail() {
        assertThatThrownBy(() -> StorageSettings.DEFAULT.withCheckInterval(Duration.ofSeconds(-1)))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("checkInterval"));
        assertThatThrownBy(() -> StorageSettings.DEFAULT.withPressureOutputCap(1_000))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("pressureOutputCap"));
        assertThat(StorageSettings.DEFAULT.withCheckInterval(Duration.ZERO).checkInterval()).isZero();
    }

    @Test
    void withAZeroIntervalEveryAskMeasures() {
        StorageWatch eager = new StorageWatch(disk, StorageSettings.DEFAULT.withCheckInterval(Duration.ZERO), clock, StorageWatch.Listener.NONE);

        eager.condition();
        eager.condition();

        assertThat(disk.measurements()).isEqualTo(2);
    }
}
