package dev.opstracker.persistence;

import static java.util.Objects.requireNonNull;

/**
 * The database's schema was migrated by a newer OpsTracker than this one: its history holds
 * migrations this code does not know. Starting anyway could write rows the newer schema no longer
 * accepts, or read columns it has since changed, so {@link SchemaMigrator} refuses.
 */
public final class NewerSchemaException extends IllegalStateException {

    private final String databaseVersion;
    private final String knownVersion;

    NewerSchemaException(String databaseVersion, String knownVersion) {
        super("database schema is at version %s, newer than this OpsTracker (knows up to %s): upgrade OpsTracker or restore a backup"
                .formatted(databaseVersion, knownVersion));
        this.databaseVersion = requireNonNull(databaseVersion, "databaseVersion is null");
        this.knownVersion = requireNonNull(knownVersion, "knownVersion is null");
    }

    /** The newest migration the database's history records. */
    public String databaseVersion() {
        return databaseVersion;
    }

    /** The newest migration this code ships. */
    public String knownVersion() {
        return knownVersion;
    }
}
