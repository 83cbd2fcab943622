package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.MariaDbTestDatabase;
import dev.opstracker.persistence.SchemaMigrator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** V8 moves the closure table and the tag tables into the component row: what was stored before reads and queries the same after. */
class IdPathMigrationTest {

    @TempDir
    Path directory;

    @Test
    void componentsStoredBeforeTheUpgradeKeepTheirTagsSubtreesAndInheritedTagsOnH2() {
        try (Database database = Database.embedded(directory)) {
            checkUpgrade(database, "h2");
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = MariaDbTestDatabase.URL_VARIABLE, matches = ".+")
    void componentsStoredBeforeTheUpgradeKeepTheirTagsSubtreesAndInheritedTagsOnMariaDb() {
        try (MariaDbTestDatabase scratch = MariaDbTestDatabase.createEmpty()) {
            checkUpgrade(scratch.database(), "mariadb");
        }
    }

    private static void checkUpgrade(Database database, String vendor) {
        Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .target("7").load().migrate();
        // A value holding the text's separator and escape, which must neither break the text nor match another tag.
        database.dsl().execute("""
                INSERT INTO component (id, parent_id, kind, name, provider, path, path_hash, depth, created_at, updated_at, version)
                VALUES (1, NULL, 'provider', 'a', 'AWS', 'a', '%s', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1),
                       (2, 1, 'service', 's', 'AWS', 'a/s', '%s', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1),
                       (3, NULL, 'provider', 'b', 'GCP', 'b', '%s', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)""".formatted(hash("a"), hash("a/s"), hash("b")));
        database.dsl().execute("""
                INSERT INTO component_ancestor (ancestor_id, descendant_id, distance, descendant_kind)
                VALUES (1, 1, 0, 'provider'), (1, 2, 1, 'service'), (2, 2, 0, 'service'), (3, 3, 0, 'provider')""");
        database.dsl().execute("""
                INSERT INTO component_tag (component_id, tag_key, tag_value)
                VALUES (1, 'env', 'prod'), (1, 'note', '50%;off=x'), (2, 'env', 'dev'), (2, 'team', 'pay')""");
        database.dsl().execute("""
                INSERT INTO component_effective_tag (component_id, tag_key, tag_value)
                VALUES (1, 'env', 'prod'), (1, 'note', '50%;off=x'), (2, 'env', 'dev'), (2, 'note', '50%;off=x'), (2, 'team', 'pay')""");

        new SchemaMigrator(database).migrate();

        JooqComponentStore store = new JooqComponentStore(database);
        assertThat(database.dsl().select(COMPONENT.ID_PATH).from(COMPONENT).orderBy(COMPONENT.ID).fetch(COMPONENT.ID_PATH))
                .containsExactly("/1/", "/1/2/", "/3/");
        assertThat(store.find(ComponentId.of(1)).orElseThrow().tags()).containsOnly(Map.entry("env", "prod"), Map.entry("note", "50%;off=x"));
        assertThat(store.find(ComponentId.of(2)).orElseThrow().tags()).containsOnly(Map.entry("env", "dev"), Map.entry("team", "pay"));
        assertThat(store.find(ComponentId.of(3)).orElseThrow().tags()).isEmpty();
        assertThat(names(store, ComponentQueryParser.parse("under:a"))).containsExactly("a", "s");
        assertThat(names(store, new ComponentQuery.TagEquals("note", "50%;off=x"))).containsExactly("a", "s");
        assertThat(names(store, new ComponentQuery.TagEquals("note", "50%"))).isEmpty();
        assertThat(names(store, ComponentQueryParser.parse("env=dev team=pay kind:service under:a"))).containsExactly("s");

        Component child = store.add(Component.create(ComponentDetails.of("database", "d"), store.find(ComponentId.of(2)).orElseThrow(),
                ParentingRules.permissive(), Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(child.id().value()).isEqualTo(4);
        assertThat(names(store, new ComponentQuery.AllOf(List.of(new ComponentQuery.TagEquals("team", "pay"),
                new ComponentQuery.TagEquals("note", "50%;off=x"))))).containsExactly("s", "d");
    }

    private static String hash(String path) {
        return ComponentRecordMapper.pathHash(ComponentPath.parse(path));
    }

    private static List<String> names(JooqComponentStore store, ComponentQuery query) {
        return store.query(query, PageRequest.first(10)).items().stream().map(Component::name).toList();
    }
}
