package dev.opstracker.persistence.infra;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.KindDefinition;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.SchemaMigrator;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KindMigrationTest {

    @TempDir
    Path directory;

    @Test
    void kindsInUseBeforeKindsHadToBeRegisteredStayRegisteredAfterTheUpgrade() {
        try (Database database = Database.embedded(directory)) {
            Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration", "classpath:db/vendor/h2")
                    .target("3").load().migrate();
            database.dsl().execute("""
                    INSERT INTO component (id, parent_id, kind, name, provider, path, path_hash, depth, created_at, updated_at, version)
                    VALUES (1, NULL, 'widget', 'w', 'OTHER', 'w', 'hash-w', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1),
                           (2, NULL, 'service', 's', 'OTHER', 's', 'hash-s', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)""");

            new SchemaMigrator(database).migrate();

            JooqComponentRulesStore rules = new JooqComponentRulesStore(database);
            assertThat(rules.registeredKinds()).extracting(KindDefinition::kind).containsExactly(new ComponentKind("widget"));
            assertThat(rules.parentingRules()).isEqualTo(ParentingRules.permissive());
        }
    }
}
