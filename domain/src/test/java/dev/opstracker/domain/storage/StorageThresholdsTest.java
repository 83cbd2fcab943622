package dev.opstracker.domain.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class StorageThresholdsTest {

    private static final long MIB = 1024L * 1024;
    private static final long GIB = 1024 * MIB;
    private static final StorageThresholds DEFAULT = StorageThresholds.DEFAULT;

    private static VolumeSpace volume(long total, long free) {
        return new VolumeSpace("data directory", total, free);
    }

    @Test
    void theDefaultsWarnBelowTenPercentOrOneGibibyteAndTurnCriticalBelowTwoPercentOrTwoHundredMebibytesWhicheverIsLess() {
        long fiftyGib = 50 * GIB;
        assertThat(DEFAULT.levelOf(volume(fiftyGib, GIB))).isEqualTo(StorageLevel.NORMAL);
        assertThat(DEFAULT.levelOf(volume(fiftyGib, GIB - 1))).isEqualTo(StorageLevel.WARNING);
        assertThat(DEFAULT.levelOf(volume(fiftyGib, 200 * MIB))).isEqualTo(StorageLevel.WARNING);
        assertThat(DEFAULT.levelOf(volume(fiftyGib, 200 * MIB - 1))).isEqualTo(StorageLevel.CRITICAL);
        assertThat(DEFAULT.levelOf(volume(fiftyGib, 0))).isEqualTo(StorageLevel.CRITICAL);
    }

    @Test
    void onALargeVolumeTheByteAmountDecidesSoPlentyOfRoomNeverWarns() {
        long tenTib = 10 * 1024 * GIB;
        assertThat(DEFAULT.levelOf(volume(tenTib, 500 * GIB))).as("5%% free is still 500 GiB").isEqualTo(StorageLevel.NORMAL);
        assertThat(DEFAULT.levelOf(volume(tenTib, 900 * MIB))).isEqualTo(StorageLevel.WARNING);
    }

    @Test
    void onASmallVolumeThePercentageDecidesSoAHalfEmptyDiskIsNotCritical() {
        long fourMib = 4 * MIB;
        assertThat(DEFAULT.levelOf(volume(fourMib, 2 * MIB))).isEqualTo(StorageLevel.NORMAL);
        assertThat(DEFAULT.levelOf(volume(fourMib, 400 * 1024))).as("9.8%% free").isEqualTo(StorageLevel.WARNING);
        assertThat(DEFAULT.levelOf(volume(fourMib, 80 * 1024))).as("1.95%% free").isEqualTo(StorageLevel.CRITICAL);
    }

    @Test
    void aThresholdAtZeroBytesOrZeroPercentIsTurnedOff() {
        StorageThresholds off = new StorageThresholds(new FreeSpaceThreshold(0, GIB), new FreeSpaceThreshold(0, 0));
        assertThat(off.levelOf(volume(GIB, 0))).isEqualTo(StorageLevel.NORMAL);
        assertThat(new FreeSpaceThreshold(50, 0).reachedBy(volume(GIB, 0))).isFalse();
    }

    @Test
    void anEmptyVolumeOfSizeZeroHasNoFreeShareAndReachesNoLevel() {
        VolumeSpace empty = volume(0, 0);
        assertThat(empty.freePercent()).isZero();
        assertThat(DEFAULT.levelOf(empty)).isEqualTo(StorageLevel.NORMAL);
    }

    @Test
    void theCriticalLevelMayNotLieAboveTheWarningLevelInEitherMeasure() {
        assertThatThrownBy(() -> new StorageThresholds(new FreeSpaceThreshold(10, GIB), new FreeSpaceThreshold(20, MIB)))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, invalid -> assertThat(invalid.field()).isEqualTo("critical"))
                .hasMessageContaining("the critical level lies at or below the warning level (10% or 1.0 GiB of free space, whichever is less)");
        assertThatThrownBy(() -> new StorageThresholds(new FreeSpaceThreshold(10, MIB), new FreeSpaceThreshold(2, GIB)))
                .isInstanceOf(DomainException.InvalidInput.class);
        assertThat(new StorageThresholds(new FreeSpaceThreshold(5, MIB), new FreeSpaceThreshold(5, MIB)).levelOf(volume(GIB, 0)))
                .isEqualTo(StorageLevel.CRITICAL);
    }

    @Test
    void thresholdsAndVolumesRefuseImpossibleValuesNamingTheField() {
        assertThatThrownBy(() -> new FreeSpaceThreshold(101, 0)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("percent"));
        assertThatThrownBy(() -> new FreeSpaceThreshold(Double.NaN, 0)).isInstanceOf(DomainException.InvalidInput.class);
        assertThatThrownBy(() -> new FreeSpaceThreshold(-1, 0)).isInstanceOf(DomainException.InvalidInput.class);
        assertThatThrownBy(() -> new FreeSpaceThreshold(1, -1)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("bytes"));
        assertThatThrownBy(() -> new VolumeSpace(" ", 1, 0)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("role"));
        assertThatThrownBy(() -> new VolumeSpace("data directory", -1, 0)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("totalBytes"));
        assertThatThrownBy(() -> new VolumeSpace("data directory", 10, 11)).isInstanceOfSatisfying(DomainException.InvalidInput.class,
                invalid -> assertThat(invalid.field()).isEqualTo("usableBytes"));
        assertThatThrownBy(() -> new VolumeSpace("data directory", 10, -1)).isInstanceOf(DomainException.InvalidInput.class);
    }
}
