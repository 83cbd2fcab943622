package dev.opstracker.bootstrap;

import dev.opstracker.bootstrap.system.OwnerOnlyFiles;
import dev.opstracker.persistence.security.KeyFileMasterKeys;
import dev.opstracker.persistence.security.MasterKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the master keys that wrap every run's data key come from. {@value MasterKeys#ENVIRONMENT_VARIABLE}
 * (base64 of 32 bytes) gives the default key and the client keys derived from it, the same on every
 * node given the same value: the way for nodes that share a database, and it keeps the key off the
 * disk (but no client's key can be destroyed on its own). Without it, a BCFKS key file in the data directory holds
 * the default and per-client keys, created on first use, owner-only; its password comes from
 * {@value #PASSWORD_VARIABLE}, or else from a password file beside it, created on first use.
 * The password file protects against a copied key file only when it is kept elsewhere; the
 * variable is the way to keep it off the data directory.
 */
public final class MasterKeySetup {

    public static final String PASSWORD_VARIABLE = "OPSTRACKER_MASTER_KEY_PASSWORD";
    /** The key file's password file in the data directory, used when {@value #PASSWORD_VARIABLE} is unset. */
    public static final String PASSWORD_FILE = "master-keys.password";
    private static final Logger LOG = LoggerFactory.getLogger(MasterKeySetup.class);

    private MasterKeySetup() {
    }

    /** The master keys for {@code dataDirectory}, given the two variables' values (null when unset). */
    public static MasterKeys load(Path dataDirectory, String masterKeyValue, String passwordValue) {
        if (masterKeyValue != null && !masterKeyValue.isBlank()) {
            LOG.info("Master key from {}", MasterKeys.ENVIRONMENT_VARIABLE);
            return MasterKeys.fromEnvironmentValue(masterKeyValue);
        }
        try {
            OwnerOnlyFiles.createDirectories(dataDirectory);
            char[] password = passwordValue != null && !passwordValue.isBlank() ? passwordValue.toCharArray() : passwordFile(dataDirectory);
            LOG.info("Master keys in {}", dataDirectory.resolve(KeyFileMasterKeys.FILE_NAME));
            return KeyFileMasterKeys.inDataDirectory(dataDirectory, password);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot set up the master keys in " + dataDirectory, failure);
        }
    }

    private static char[] passwordFile(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(PASSWORD_FILE);
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            OwnerOnlyFiles.writeSecret(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            LOG.info("Created the master key file password in {}", file);
        }
        return OwnerOnlyFiles.readSecret(file).strip().toCharArray();
    }
}
