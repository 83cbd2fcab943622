package dev.opstracker.domain.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StorageConditionTest {

    private static final long MIB = 1024L * 1024;
    private static final long GIB = 1024 * MIB;

    @Test
    void theConditionIsTheMostSeriousLevelOfAnyVolumeAndNamesTheFullestVolumeOfThatLevel() {
        StorageCondition condition = StorageCondition.of(List.of(
                new VolumeSpace("data directory", 10 * GIB, 5 * GIB),
                new VolumeSpace("H2 database", 10 * GIB, 150 * MIB),
                new VolumeSpace("runbook archive", 10 * GIB, 100 * MIB)), StorageThresholds.DEFAULT);

        assertThat(condition.level()).isEqualTo(StorageLevel.CRITICAL);
        assertThat(condition.volumes()).extracting(StorageCondition.Reading::level)
                .containsExactly(StorageLevel.NORMAL, StorageLevel.CRITICAL, StorageLevel.CRITICAL);
        assertThat(condition.fullest()).get().extracting(reading -> reading.space().role()).isEqualTo("runbook archive");
        assertThat(condition.reason()).isEqualTo("the runbook archive's volume has 100.0 MiB free (0.98% of 10.0 GiB), "
                + "below the critical threshold of 2% or 200.0 MiB of free space, whichever is less");
    }

    @Test
    void aRefusalSaysWhyWhatToDoAndWhatStillWorks() {
        StorageCondition condition = StorageCondition.of(List.of(new VolumeSpace("data directory", 4 * MIB, 1536)),
                new StorageThresholds(new FreeSpaceThreshold(10, MIB), new FreeSpaceThreshold(2.5, 100 * 1024)));

        assertThat(condition.refusal()).isEqualTo("storage is nearly full: the data directory's volume has 1.5 KiB free (0.04% of 4.0 MiB), "
                + "below the critical threshold of 2.5% or 100.0 KiB of free space, whichever is less; changes are refused until space is freed there, "
                + "while reading, alert intake and stopping timers still work");
    }

    @Test
    void aWarningNamesTheWarningThreshold() {
        StorageCondition condition = StorageCondition.of(List.of(new VolumeSpace("data directory", 50 * GIB, 700 * MIB)), StorageThresholds.DEFAULT);

        assertThat(condition.level()).isEqualTo(StorageLevel.WARNING);
        assertThat(condition.reason()).contains("700.0 MiB free (1.4% of 50.0 GiB)", "below the warning threshold of 10% or 1.0 GiB");
    }

    @Test
    void withRoomEverywhereOrNothingWatchedTheConditionIsNormalAndSaysSo() {
        StorageCondition roomy = StorageCondition.of(List.of(new VolumeSpace("data directory", 50 * GIB, 20 * GIB)), StorageThresholds.DEFAULT);
        StorageCondition unwatched = StorageCondition.of(List.of(), StorageThresholds.DEFAULT);

        assertThat(roomy.level()).isEqualTo(StorageLevel.NORMAL);
        assertThat(roomy.fullest()).isEmpty();
        assertThat(roomy.reason()).isEqualTo("every watched volume has room");
        assertThat(unwatched.level()).isEqualTo(StorageLevel.NORMAL);
        assertThat(unwatched.reason()).isEqualTo("no local volume is watched");
    }

    @Test
    void amountsReadAsPeopleReadThem() {
        assertThat(ByteAmount.describe(0)).isEqualTo("0 bytes");
        assertThat(ByteAmount.describe(1023)).isEqualTo("1023 bytes");
        assertThat(ByteAmount.describe(200 * MIB)).isEqualTo("200.0 MiB");
        assertThat(ByteAmount.describe(Long.MAX_VALUE)).isEqualTo("8.0 EiB");
        assertThat(ByteAmount.percent(2)).isEqualTo("2");
        assertThat(ByteAmount.percent(1.46)).isEqualTo("1.5");
        assertThat(ByteAmount.percent(0.488)).isEqualTo("0.49");
        assertThat(ByteAmount.percent(0.001)).isEqualTo("0");
        assertThat(ByteAmount.percent(0)).isEqualTo("0");
        assertThat(ByteAmount.percent(100)).isEqualTo("100");
        assertThat(StorageLevel.CRITICAL.wireName()).isEqualTo("critical");
    }
}
