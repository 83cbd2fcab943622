package dev.opstracker.persistence;

import static dev.opstracker.persistence.jooq.Tables.ALERT_DEAD_LETTER;
import static dev.opstracker.persistence.jooq.Tables.ALERT_DELIVERY;
import static dev.opstracker.persistence.jooq.Tables.ALERT_EVENT;
import static dev.opstracker.persistence.jooq.Tables.ALERT_GROUP;
import static dev.opstracker.persistence.jooq.Tables.ALERT_INCIDENT;
import static dev.opstracker.persistence.jooq.Tables.ALERT_RULES;
import static dev.opstracker.persistence.jooq.Tables.API_TOKEN;
import static dev.opstracker.persistence.jooq.Tables.AUDIT_EVENT;
import static dev.opstracker.persistence.jooq.Tables.BILLING_CLIENT;
import static dev.opstracker.persistence.jooq.Tables.BILLING_PROJECT;
import static dev.opstracker.persistence.jooq.Tables.BILLING_RATE;
import static dev.opstracker.persistence.jooq.Tables.COMMAND_OUTPUT_CHUNK;
import static dev.opstracker.persistence.jooq.Tables.COMMAND_RUN;
import static dev.opstracker.persistence.jooq.Tables.COMMAND_RUN_CHAIN;
import static dev.opstracker.persistence.jooq.Tables.COMPONENT;
import static dev.opstracker.persistence.jooq.Tables.COMPONENT_KIND;
import static dev.opstracker.persistence.jooq.Tables.COMPONENT_RULES;
import static dev.opstracker.persistence.jooq.Tables.PARENTING_ROOT;
import static dev.opstracker.persistence.jooq.Tables.PARENTING_RULE;
import static dev.opstracker.persistence.jooq.Tables.RUNBOOK;
import static dev.opstracker.persistence.jooq.Tables.RUNBOOK_DRIFT;
import static dev.opstracker.persistence.jooq.Tables.RUNBOOK_SCOPE;
import static dev.opstracker.persistence.jooq.Tables.RUNBOOK_USE;
import static dev.opstracker.persistence.jooq.Tables.TASK;
import static dev.opstracker.persistence.jooq.Tables.TASK_LINK;
import static dev.opstracker.persistence.jooq.Tables.TIME_ENTRY;
import static dev.opstracker.persistence.jooq.Tables.TIME_USER_LOCK;

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

    /**
     * Deletes every task (their attributes and events cascade), every token, every task link and
     * every component (tags and ancestry cascade), every registered kind and parenting rule, every billing client, project and rate, every runbook with its scope, uses and drift reviews, every audit log entry. Components are first cut from their parents:
     * InnoDB checks the parent key row by row.
     */
    public static void deleteAllRows(Database database) {
        database.dsl().deleteFrom(RUNBOOK_DRIFT).execute();
        database.dsl().deleteFrom(RUNBOOK_USE).execute();
        database.dsl().deleteFrom(RUNBOOK_SCOPE).execute();
        database.dsl().deleteFrom(RUNBOOK).execute();
        database.dsl().deleteFrom(TIME_ENTRY).execute();
        database.dsl().deleteFrom(TIME_USER_LOCK).execute();
        database.dsl().deleteFrom(BILLING_RATE).execute();
        database.dsl().deleteFrom(BILLING_PROJECT).execute();
        database.dsl().deleteFrom(BILLING_CLIENT).execute();
        database.dsl().deleteFrom(COMMAND_OUTPUT_CHUNK).execute();
        database.dsl().deleteFrom(COMMAND_RUN).execute();
        // The chain starts again, as the migration leaves it; run ids keep rising.
        database.dsl().update(COMMAND_RUN_CHAIN).set(COMMAND_RUN_CHAIN.LAST_POSITION, 0L).setNull(COMMAND_RUN_CHAIN.LAST_HASH).execute();
        database.dsl().deleteFrom(ALERT_EVENT).execute();
        database.dsl().deleteFrom(ALERT_DEAD_LETTER).execute();
        database.dsl().deleteFrom(ALERT_INCIDENT).execute();
        database.dsl().deleteFrom(ALERT_GROUP).execute();
        database.dsl().deleteFrom(ALERT_DELIVERY).execute();
        database.dsl().deleteFrom(ALERT_RULES).execute();
        database.dsl().deleteFrom(TASK).execute();
        database.dsl().deleteFrom(API_TOKEN).execute();
        database.dsl().deleteFrom(AUDIT_EVENT).execute();
        database.dsl().deleteFrom(TASK_LINK).execute();
        database.dsl().update(COMPONENT).setNull(COMPONENT.PARENT_ID).execute();
        database.dsl().deleteFrom(COMPONENT).execute();
        resetComponentRules(database);
    }

    /** Back to no registered kinds and permissive parenting rules, as the migration leaves them. */
    public static void resetComponentRules(Database database) {
        database.dsl().deleteFrom(PARENTING_RULE).execute();
        database.dsl().deleteFrom(PARENTING_ROOT).execute();
        database.dsl().deleteFrom(COMPONENT_KIND).execute();
        database.dsl().update(COMPONENT_RULES).set(COMPONENT_RULES.PERMISSIVE, true).execute();
    }
}
