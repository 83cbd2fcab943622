package dev.opstracker.bootstrap.wiring;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Scopes;
import com.google.inject.Singleton;
import dev.opstracker.application.command.CaptureSettings;
import dev.opstracker.application.command.CommandCapture;
import dev.opstracker.application.command.CommandHistory;
import dev.opstracker.application.command.KeyRotation;
import dev.opstracker.bootstrap.MasterKeySetup;
import dev.opstracker.bootstrap.system.HostName;
import dev.opstracker.bootstrap.Settings;
import dev.opstracker.bootstrap.system.ProcessCommandRunner;
import dev.opstracker.domain.command.CommandRunStore;
import dev.opstracker.domain.command.CommandRunner;
import dev.opstracker.domain.command.OutputStore;
import dev.opstracker.domain.security.Cipher;
import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.command.JooqCommandRunStore;
import dev.opstracker.persistence.command.JooqOutputStore;
import dev.opstracker.persistence.security.BouncyCastleCipher;
import dev.opstracker.persistence.security.MasterKeys;
import java.time.InstantSource;

/**
 * Command capture: its stores, the cipher and master keys that seal what it stores, and the
 * runner that executes commands on this machine. Lazy singletons: nothing here (no key file) is
 * created until commands are first captured or read.
 */
public final class CommandModule extends AbstractModule {

    /** Bytes of one output kept whole (default 10 MiB, at most 100 MiB); beyond it the head and tail are kept. */
    public static final String OUTPUT_CAP_VARIABLE = "OPSTRACKER_MAX_OUTPUT_BYTES";

    private final SecretMasker masker;

    /** @param masker masks command lines, environment values and outputs: the one the log uses too */
    public CommandModule(SecretMasker masker) {
        this.masker = requireNonNull(masker, "masker is null");
    }

    @Override
    protected void configure() {
        bind(CommandCapture.class).in(Scopes.SINGLETON);
        bind(CommandHistory.class).in(Scopes.SINGLETON);
        bind(KeyRotation.class).in(Scopes.SINGLETON);
    }

    @Provides
    @Singleton
    static CommandRunStore commandRunStore(Database database) {
        return new JooqCommandRunStore(database);
    }

    @Provides
    @Singleton
    static OutputStore outputStore(Database database) {
        return new JooqOutputStore(database);
    }

    @Provides
    @Singleton
    static CommandRunner commandRunner(InstantSource clock) {
        return new ProcessCommandRunner(clock);
    }

    @Provides
    @Singleton
    static MasterKeys masterKeys(Settings settings) {
        return MasterKeySetup.load(settings.dataDirectory(), System.getenv(MasterKeys.ENVIRONMENT_VARIABLE),
                System.getenv(MasterKeySetup.PASSWORD_VARIABLE));
    }

    @Provides
    @Singleton
    static Cipher cipher(MasterKeys masterKeys) {
        return new BouncyCastleCipher(masterKeys);
    }

    @Provides
    @Singleton
    CaptureSettings captureSettings() {
        CaptureSettings settings = CaptureSettings.of(HostName.local(), System.getProperty("user.name", "(unknown)")).withMasker(masker);
        String cap = System.getenv(OUTPUT_CAP_VARIABLE);
        if (cap == null || cap.isBlank()) {
            return settings;
        }
        try {
            return settings.withOutputCap(Long.parseLong(cap.strip()));
        } catch (NumberFormatException notANumber) {
            throw new DomainException.InvalidInput(OUTPUT_CAP_VARIABLE, cap, "expected a number of bytes");
        }
    }
}
