package dev.opstracker.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.bootstrap.logging.LogCapture;
import dev.opstracker.domain.storage.StorageCondition;
import dev.opstracker.domain.storage.StorageThresholds;
import dev.opstracker.domain.storage.VolumeSpace;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoggedStorageLevelsTest {

    private static final long GIB = 1024L * 1024 * 1024;

    private static StorageCondition withFree(long free) {
        return StorageCondition.of(List.of(new VolumeSpace("data directory", 100 * GIB, free)), StorageThresholds.DEFAULT);
    }

    @Test
    void crossingIntoAThresholdIsAWarningNamingTheVolumeTheFreeSpaceAndTheThresholdAndLeavingItIsInfo() {
        LoggedStorageLevels levels = new LoggedStorageLevels();
        try (LogCapture log = LogCapture.start("json")) {
            levels.levelChanged(withFree(50 * GIB), withFree(GIB / 2));
            levels.levelChanged(withFree(GIB / 2), withFree(GIB / 20));
            levels.levelChanged(withFree(GIB / 20), withFree(GIB / 2));
            levels.levelChanged(withFree(GIB / 2), withFree(50 * GIB));

            List<JsonNode> lines = log.jsonLinesWith("Storage");
            assertThat(lines).extracting(line -> line.get("level").asText()).containsExactly("WARN", "WARN", "WARN", "INFO");
            assertThat(lines.get(0).get("message").asText()).contains("past the warning level", "512.0 MiB free", "10% or 1.0 GiB");
            assertThat(lines.get(1).get("message").asText()).contains("past the critical level", "51.2 MiB free", "changes are refused");
            assertThat(lines.get(2).get("message").asText()).contains("changes are accepted again");
            assertThat(lines.get(3).get("message").asText()).contains("has room again");
        }
    }
}
