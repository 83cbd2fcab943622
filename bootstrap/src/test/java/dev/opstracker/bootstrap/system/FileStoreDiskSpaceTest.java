package dev.opstracker.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.storage.VolumeSpace;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStoreDiskSpaceTest {

    @TempDir
    Path directory;

    @Test
    void aVolumeIsMeasuredFromItsFileStore() throws IOException {
        FileStore store = Files.getFileStore(directory);

        List<VolumeSpace> volumes = new FileStoreDiskSpace(Map.of("data directory", directory)).measure();

        assertThat(volumes).singleElement().satisfies(volume -> {
            assertThat(volume.role()).isEqualTo("data directory");
            assertThat(volume.totalBytes()).isEqualTo(store.getTotalSpace());
            assertThat(volume.usableBytes()).isPositive().isLessThanOrEqualTo(volume.totalBytes());
        });
    }

    @Test
    void pathsOnOneVolumeCountOnceNamedByAllTheyHold() {
        Map<String, Path> paths = new LinkedHashMap<>();
        paths.put("data directory", directory);
        paths.put("H2 database", directory.resolve("db"));

        assertThat(new FileStoreDiskSpace(paths).measure()).singleElement()
                .extracting(VolumeSpace::role).isEqualTo("data directory and H2 database");
    }

    @Test
    void aPathNotCreatedYetIsMeasuredWhereItWillBeCreated() {
        assertThat(new FileStoreDiskSpace(Map.of("data directory", directory.resolve("not/yet/made"))).measure()).hasSize(1);
        assertThat(Files.exists(directory.resolve("not"))).as("measuring creates nothing").isFalse();
    }
}
