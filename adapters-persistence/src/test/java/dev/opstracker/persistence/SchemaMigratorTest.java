package dev.opstracker.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

final class SchemaMigratorTest {

    /** Counted from the scripts rather than written down, so that a branch adding a migration need not edit this test. */
    private static final int H2_MIGRATIONS = scripts("db/migration") + scripts("db/vendor/h2");
    private static final int MARIADB_MIGRATIONS = scripts("db/migration") + scripts("db/vendor/mariadb");

    @TempDir
    Path directory;

    @Test
    void migratingAFreshH2DatabaseRunsEveryScriptAndMigratingAgainRunsNone() {
        try (Database database = Database.embedded(directory)) {
            assertThat(new SchemaMigrator(database).migrate()).isEqualTo(H2_MIGRATIONS);
            assertThat(new SchemaMigrator(database).migrate()).isZero();
            assertThat(database.dsl().fetchCount(DSL.table(DSL.name("information_schema", "index_columns")),
                    DSL.field(DSL.name("index_name")).eq("task_attribute_value_idx"))).isEqualTo(2);
        }
    }

    @Test
    void anEmbeddedDatabaseKeepsItsSchemaAcrossRestarts() {
        try (Database database = Database.embedded(directory)) {
            new SchemaMigrator(database).migrate();
        }
        try (Database reopened = Database.embedded(directory)) {
            assertThat(new SchemaMigrator(reopened).migrate()).isZero();
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
    void migratingAFreshMariaDbDatabaseRunsEveryScriptAndMigratingAgainRunsNone() {
        try (MariaDbTestDatabase mariaDb = MariaDbTestDatabase.createEmpty()) {
            Database database = mariaDb.database();
            assertThat(new SchemaMigrator(database).migrate()).isEqualTo(MARIADB_MIGRATIONS);
            assertThat(new SchemaMigrator(database).migrate()).isZero();
            assertThat(database.dsl().fetchValue(
                    "SELECT sub_part FROM information_schema.statistics WHERE table_schema = DATABASE()"
                            + " AND index_name = 'task_attribute_value_idx' AND column_name = 'attr_value'"))
                    .hasToString("255");
        }
    }

    @Test
    void everyVendorRunsTheSharedScriptsAndItsOwn() {
        // V1 to V19 less V4 (never shipped), with V2, V9 and V11 in a version per vendor: 18 once V18 is merged, 17 before.
        assertThat(H2_MIGRATIONS).isEqualTo(MARIADB_MIGRATIONS).isGreaterThanOrEqualTo(17);
    }

    /** How many versioned Flyway scripts ({@code V<n>__<what>.sql}) the classpath folder holds. */
    private static int scripts(String folder) {
        try (Stream<Path> files = Files.list(Path.of(SchemaMigratorTest.class.getClassLoader().getResource(folder).toURI()))) {
            return (int) files.filter(file -> file.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
