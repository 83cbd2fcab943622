package dev.opstracker.persistence;

import static dev.opstracker.persistence.jooq.Tables.API_TOKEN;
import static dev.opstracker.persistence.jooq.Tables.TASK;

import java.nio.file.Path;

/** Migrated test databases and emptying them between tests. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** The embedded H2 database under {@code directory}, migrated to the current schema. */
    public static Database migratedH2(Path directory) {
        Database database = Database.embedded(directory);
        new SchemaMigrator(database).migrate();
        return database;
    }

    /** Deletes every task (their attributes and events cascade) and every token. */
    public static void deleteAllRows(Database database) {
        database.dsl().deleteFrom(TASK).execute();
        database.dsl().deleteFrom(API_TOKEN).execute();
    }
}
