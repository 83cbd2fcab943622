package dev.opstracker.bootstrap;

import static java.util.Objects.requireNonNull;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.opstracker.bootstrap.logging.LogMasking;
import dev.opstracker.bootstrap.system.OwnerOnlyFiles;
import dev.opstracker.bootstrap.wiring.CommandModule;
import dev.opstracker.bootstrap.wiring.CoreModule;
import dev.opstracker.bootstrap.wiring.ExportModule;
import dev.opstracker.bootstrap.wiring.HttpModule;
import dev.opstracker.bootstrap.wiring.MetricsModule;
import dev.opstracker.bootstrap.wiring.PersistenceModule;
import dev.opstracker.bootstrap.wiring.StorageModule;
import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.PoolSettings;
import dev.opstracker.persistence.SchemaMigrator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * How {@link OpsTracker#open} puts OpsTracker together, in order: the masker installed for the log (before the
 * database is reached, since a driver's error may echo the URL's password), the database connected and migrated, then
 * the injector over it. What it opened is closed again when a later step fails.
 *
 * @param database the migrated database
 * @param injector the one injector, whose singletons are lazy: a program never pays for the HTTP server it does not start
 */
record OpsTrackerAssembly(Database database, Injector injector) {

    OpsTrackerAssembly {
        requireNonNull(database, "database is null");
        requireNonNull(injector, "injector is null");
    }

    static OpsTrackerAssembly assemble(Settings settings) {
        SecretMasker masker = masker(settings);
        LogMasking.install(masker);
        Database database = connect(settings);
        try {
            new SchemaMigrator(database).migrate();
            Injector injector = Guice.createInjector(Stage.DEVELOPMENT,
                    new CoreModule(settings), new PersistenceModule(database), new StorageModule(settings), new CommandModule(masker), new ExportModule(),
                    new HttpModule(settings), new MetricsModule(settings));
            return new OpsTrackerAssembly(database, injector);
        } catch (RuntimeException failure) {
            database.close();
            throw failure;
        }
    }

    /**
     * The masker for command capture and the log: the built-in rules, the user's patterns from
     * {@value MaskPatternsFile#VARIABLE}, and the secrets the settings hold, masked by their value.
     */
    private static SecretMasker masker(Settings settings) {
        return MaskPatternsFile.masker(System.getenv(MaskPatternsFile.VARIABLE))
                .withPatterns(settings.secrets().stream().map(Pattern::quote).toList());
    }

    private static Database connect(Settings settings) {
        PoolSettings pool = DatabasePoolVariables.from(System::getenv);
        if (settings.databaseUrl() != null) {
            return new Database(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(), pool);
        }
        try {
            OwnerOnlyFiles.createDirectories(settings.dataDirectory());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot create the data directory " + settings.dataDirectory(), failure);
        }
        return Database.embedded(settings.dataDirectory(), pool);
    }
}
