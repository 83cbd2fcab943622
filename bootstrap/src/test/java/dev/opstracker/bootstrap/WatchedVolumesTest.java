package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WatchedVolumesTest {

    private static final Settings EMBEDDED = Settings.embedded(Path.of("/var/lib/opstracker"));

    @Test
    void theEmbeddedDatabaseLivesInTheDataDirectorySoOnlyThatIsWatched() {
        assertThat(WatchedVolumes.of(EMBEDDED)).containsExactly(java.util.Map.entry("data directory", Path.of("/var/lib/opstracker")));
    }

    @Test
    void anH2FileElsewhereIsWatchedWhereItsFileLies() {
        Settings elsewhere = EMBEDDED.withDatabase("jdbc:h2:file:/srv/db/opstracker;MODE=MariaDB;PASSWORD=x", "sa", "");

        assertThat(WatchedVolumes.of(elsewhere)).containsEntry("data directory", Path.of("/var/lib/opstracker"))
                .containsEntry("H2 database", Path.of("/srv/db"));
        assertThat(WatchedVolumes.h2FileDirectory("jdbc:h2:/srv/other/ops")).contains(Path.of("/srv/other"));
        assertThat(WatchedVolumes.h2FileDirectory("jdbc:h2:~/ops")).contains(Path.of(System.getProperty("user.home")));
    }

    @Test
    void aDatabaseInMemoryOrOnAServerHasNoLocalFileToWatch() {
        assertThat(WatchedVolumes.of(EMBEDDED.withDatabase("jdbc:mariadb://db:3306/ops", "ops", "pw"))).containsOnlyKeys("data directory");
        assertThat(WatchedVolumes.h2FileDirectory("jdbc:h2:mem:ops")).isEmpty();
        assertThat(WatchedVolumes.h2FileDirectory("jdbc:h2:tcp://db:9092/~/ops")).isEmpty();
        assertThat(WatchedVolumes.h2FileDirectory("jdbc:mariadb://db:3306/ops")).isEmpty();
    }
}
