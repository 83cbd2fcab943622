package dev.opstracker.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.flywaydb.core.Flyway;
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
    void aDatabaseBehindTheCodeIsMigratedForwardToTheNewestScript() {
        try (Database database = Database.embedded(directory)) {
            Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration", "classpath:db/vendor/h2")
                    .target("10").load().migrate();
            SchemaMigrator migrator = new SchemaMigrator(database);
            assertThat(migrator.appliedVersion()).contains("10");

            assertThat(migrator.migrate()).isPositive();

            assertThat(migrator.appliedVersion()).contains(migrator.knownVersion());
        }
    }

    @Test
    void anH2DatabaseMigratedByANewerOpsTrackerIsRefusedNamingBothVersions() {
        try (Database database = Database.embedded(directory)) {
            refusesAFutureVersion(database);
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".*\\S.*")
    void aMariaDbDatabaseMigratedByANewerOpsTrackerIsRefusedNamingBothVersions() {
        try (MariaDbTestDatabase mariaDb = MariaDbTestDatabase.createEmpty()) {
            refusesAFutureVersion(mariaDb.database());
        }
    }

    @Test
    void aDatabaseNeverMigratedHasNoAppliedVersion() {
        try (Database database = Database.embedded(directory)) {
            assertThat(new SchemaMigrator(database).appliedVersion()).isEmpty();
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

    private static void refusesAFutureVersion(Database database) {
        SchemaMigrator migrator = new SchemaMigrator(database);
        migrator.migrate();
        String known = migrator.knownVersion();
        appendToHistory(database, "923", "from a newer opstracker");

        assertThatThrownBy(migrator::migrate)
                .isInstanceOf(NewerSchemaException.class)
                .hasMessage("database schema is at version 923, newer than this OpsTracker (knows up to %s): "
                        .formatted(known) + "upgrade OpsTracker or restore a backup");
        assertThat(migrator.appliedVersion()).contains("923");
    }

    /** What a newer OpsTracker's migration leaves in Flyway's history table. */
    static void appendToHistory(Database database, String version, String description) {
        int rank = database.dsl().fetchOne("SELECT MAX(installed_rank) FROM flyway_schema_history").get(0, Integer.class) + 1;
        database.dsl().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                        + " installed_by, installed_on, execution_time, success) VALUES (?, ?, ?, 'SQL', ?, 0, 'test', ?, 1, TRUE)",
                rank, version, description, "V%s__%s.sql".formatted(version, description.replace(' ', '_')), LocalDateTime.now());
    }

    @Test
    void everyVendorRunsTheSharedScriptsAndItsOwn() {
        // V1 to V20 less V4 (never shipped), with V2, V9 and V11 in a version per vendor.
        assertThat(H2_MIGRATIONS).isEqualTo(MARIADB_MIGRATIONS).isEqualTo(19);
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
