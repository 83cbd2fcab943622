package dev.opstracker.persistence;

import static java.util.Objects.requireNonNull;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema up to date with the Flyway scripts shipped in this module:
 * {@code db/migration} for every vendor, then {@code db/vendor/<kind>} for what only one vendor can
 * express (such as MariaDB's prefix indexes). Migrating an up-to-date database changes nothing.
 */
public final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final DataSource dataSource;
    private final Vendor vendor;

    /** Migrates the database behind {@code database}. */
    public SchemaMigrator(Database database) {
        requireNonNull(database, "database is null");
        this.dataSource = database.dataSource();
        this.vendor = database.vendor();
    }

    /**
     * Applies every pending migration in one go.
     *
     * @return how many migrations ran; 0 when the schema was up to date
     */
    public int migrate() {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor.id())
                .failOnMissingLocations(true)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Migrated the {} schema to version {} ({} migrations)", vendor.id(), result.targetSchemaVersion, result.migrationsExecuted);
        }
        return result.migrationsExecuted;
    }
}
