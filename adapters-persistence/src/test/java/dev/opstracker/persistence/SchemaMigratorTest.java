package dev.opstracker.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

final class SchemaMigratorTest {

    private static final int MIGRATIONS = 17;

    @TempDir
    Path directory;

    @Test
    void migratingAFreshH2DatabaseRunsEveryScriptAndMigratingAgainRunsNone() {
        try (Database database = Database.embedded(directory)) {
            assertThat(new SchemaMigrator(database).migrate()).isEqualTo(MIGRATIONS);
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
            assertThat(new SchemaMigrator(database).migrate()).isEqualTo(MIGRATIONS);
            assertThat(new SchemaMigrator(database).migrate()).isZero();
            assertThat(database.dsl().fetchValue(
                    "SELECT sub_part FROM information_schema.statistics WHERE table_schema = DATABASE()"
                            + " AND index_name = 'task_attribute_value_idx' AND column_name = 'attr_value'"))
                    .hasToString("255");
        }
    }
}
