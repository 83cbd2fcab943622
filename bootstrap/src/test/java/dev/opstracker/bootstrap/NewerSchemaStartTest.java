package dev.opstracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.SchemaMigrator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} against a database a newer OpsTracker has migrated: refused in one line, before anything is served. */
class NewerSchemaStartTest {

    private final StringWriter err = new StringWriter();

    @TempDir
    Path dataDirectory;

    @Test
    void servingAnEmbeddedDatabaseMigratedByANewerOpsTrackerExitsWithOneLineNamingBothVersions() {
        String known;
        try (Database database = Database.embedded(dataDirectory)) {
            known = migrateAndAppendFutureVersion(database);
        }

        int code = run("serve", "--port", "0", "--data-dir", dataDirectory.toString());

        assertRefused(code, known);
        assertThat(dataDirectory.resolve(AdminTokenSetup.FILE_NAME)).doesNotExist();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "OPSTRACKER_TEST_MARIADB_URL", matches = ".*\\S.*")
    void servingAMariaDbDatabaseMigratedByANewerOpsTrackerExitsWithOneLineNamingBothVersions() throws SQLException {
        try (MariaDbScratchDatabase scratch = new MariaDbScratchDatabase(System.getenv("OPSTRACKER_TEST_MARIADB_URL"))) {
            String known;
            try (Database database = new Database(scratch.url(), null, null)) {
                known = migrateAndAppendFutureVersion(database);
            }

            int code = run("serve", "--port", "0", "--data-dir", dataDirectory.toString(), "--db-url", scratch.url());

            assertRefused(code, known);
        }
    }

    @Test
    void anOlderEmbeddedDatabaseIsMigratedForwardWhenTheLibraryOpens() {
        try (Database database = Database.embedded(dataDirectory)) {
            Flyway.configure().dataSource(database.dataSource())
                    .locations("classpath:db/migration", "classpath:db/vendor/h2").target("12").load().migrate();
        }

        try (OpsTracker ops = OpsTracker.embedded(dataDirectory)) {
            assertThat(ops.tasks()).isNotNull();
        }

        try (Database database = Database.embedded(dataDirectory)) {
            SchemaMigrator migrator = new SchemaMigrator(database);
            assertThat(migrator.appliedVersion()).contains(migrator.knownVersion());
        }
    }

    private void assertRefused(int code, String known) {
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("opstracker: database schema is at version 923, newer than this OpsTracker (knows up to "
                + known + "): upgrade OpsTracker or restore a backup");
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    /** Migrates, then records version 923 in Flyway's history as a newer OpsTracker would; returns the newest version known here. */
    private static String migrateAndAppendFutureVersion(Database database) {
        SchemaMigrator migrator = new SchemaMigrator(database);
        migrator.migrate();
        int rank = database.dsl().fetchOne("SELECT MAX(installed_rank) FROM flyway_schema_history").get(0, Integer.class) + 1;
        database.dsl().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, installed_on, execution_time, success) VALUES (?, '923', 'from the future', 'SQL',"
                + " 'V923__from_the_future.sql', 0, 'test', ?, 1, TRUE)", rank, LocalDateTime.now());
        return migrator.knownVersion();
    }
}
