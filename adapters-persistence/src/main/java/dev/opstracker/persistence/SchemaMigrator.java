package dev.opstracker.persistence;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema up to date with the Flyway scripts shipped in this module:
 * {@code db/migration} for every vendor, then {@code db/vendor/<kind>} for what only one vendor can
 * express (such as MariaDB's prefix indexes). Migrating an up-to-date database changes nothing.
 *
 * <p>A database already migrated past the newest script shipped here (by a newer OpsTracker) is
 * refused with {@link NewerSchemaException}. Flyway itself would only log a warning and go on
 * (its default {@code ignoreMigrationPatterns} is {@code *:future}).
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
     * @throws NewerSchemaException when the database holds migrations newer than any shipped here;
     *                              nothing is changed then
     */
    public int migrate() {
        Flyway flyway = flyway();
        refuseNewerSchema(flyway.info());
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Migrated the {} schema to version {} ({} migrations)", vendor.id(), result.targetSchemaVersion, result.migrationsExecuted);
        }
        return result.migrationsExecuted;
    }

    /** The newest migration applied to the database, without migrating; empty for a database never migrated. */
    public Optional<String> appliedVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null || current.getVersion() == null ? Optional.empty() : Optional.of(current.getVersion().getVersion());
    }

    /** The newest migration this code ships, for any vendor. */
    public String knownVersion() {
        return knownVersion(flyway().info()).getVersion();
    }

    private static void refuseNewerSchema(MigrationInfoService info) {
        Optional<MigrationVersion> newest = Arrays.stream(info.applied())
                .filter(migration -> isFuture(migration.getState()))
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo);
        if (newest.isPresent()) {
            throw new NewerSchemaException(newest.get().getVersion(), knownVersion(info).getVersion());
        }
    }

    private static boolean isFuture(MigrationState state) {
        return state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED;
    }

    private static MigrationVersion knownVersion(MigrationInfoService info) {
        return Arrays.stream(info.all())
                .filter(migration -> migration.getState().isResolved() && migration.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .orElseThrow(() -> new IllegalStateException("no migration scripts on the classpath under db/migration"));
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor.id())
                .failOnMissingLocations(true)
                .load();
    }
}
