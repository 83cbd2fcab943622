package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT_ANCESTOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.SchemaMigrator;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClosureKindMigrationTest {

    @TempDir
    Path directory;

    @Test
    void closureRowsStoredBeforeTheUpgradeGetTheirDescendantsKind() {
        try (Database database = Database.embedded(directory)) {
            Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration", "classpath:db/vendor/h2")
                    .target("6").load().migrate();
            database.dsl().execute("""
                    INSERT INTO component (id, parent_id, kind, name, provider, path, path_hash, depth, created_at, updated_at, version)
                    VALUES (1, NULL, 'provider', 'a', 'AWS', 'a', 'hash-a', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1),
                           (2, 1, 'service', 's', 'AWS', 'a/s', 'hash-s', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)""");
            database.dsl().execute("INSERT INTO component_ancestor (ancestor_id, descendant_id, distance) VALUES (1, 1, 0), (1, 2, 1), (2, 2, 0)");

            new SchemaMigrator(database).migrate();

            assertThat(database.dsl().select(COMPONENT_ANCESTOR.ANCESTOR_ID, COMPONENT_ANCESTOR.DESCENDANT_ID, COMPONENT_ANCESTOR.DESCENDANT_KIND)
                    .from(COMPONENT_ANCESTOR).orderBy(COMPONENT_ANCESTOR.ANCESTOR_ID, COMPONENT_ANCESTOR.DESCENDANT_ID)
                    .fetch(row -> row.value1() + ">" + row.value2() + ":" + row.value3()))
                    .containsExactly("1>1:provider", "1>2:service", "2>2:service");
        }
    }
}
