package dev.opstracker.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

class DatabaseBackupTest {

    @TempDir
    Path temporary;

    @Test
    void theEmbeddedDatabaseIsCopiedWhileOpenIntoAZipThatOpensAsTheSameDatabase() throws IOException {
        Path zip = temporary.resolve("h2.zip");
        try (Database database = TestDatabases.migratedH2(temporary.resolve("live"))) {
            database.dsl().execute("CREATE TABLE backup_probe (word VARCHAR(20))");
            database.dsl().execute("INSERT INTO backup_probe VALUES ('before')");

            database.backUpEmbeddedTo(zip);

            // Still open and writable after the backup.
            database.dsl().execute("INSERT INTO backup_probe VALUES ('after')");
        }
        Path restored = Files.createDirectories(temporary.resolve("restored"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry.getName()).isEqualTo(Database.EMBEDDED_FILE_NAME);
            Files.copy(in, restored.resolve(entry.getName()));
            assertThat(in.getNextEntry()).isNull();
        }

        try (Database reopened = Database.embedded(restored)) {
            assertThat(new SchemaMigrator(reopened).migrate()).isZero();
            assertThat(reopened.dsl().fetch("SELECT word FROM backup_probe").getValues(0, String.class)).containsExactly("before");
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
    void aMariaDbDatabaseIsLeftToItsOperatorsTools() {
        try (MariaDbTestDatabase mariaDb = MariaDbTestDatabase.createEmpty()) {
            assertThatThrownBy(() -> mariaDb.database().backUpEmbeddedTo(temporary.resolve("x.zip")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("back up mariadb with its own tools");
        }
    }
}
