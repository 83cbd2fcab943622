package dev.opstracker.bootstrap;

import dev.opstracker.application.security.TokenService;
import dev.opstracker.bootstrap.system.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure a fresh installation can be administered: registers the admin token supplied in
 * the environment, or on a store without tokens creates one and saves it to an owner-only file.
 * The secret is saved before it is registered, so a failed write never leaves a token nobody knows.
 */
public final class AdminTokenSetup {

    /** The file in the data directory that holds the first admin token created. */
    public static final String FILE_NAME = "admin.token";
    private static final Logger LOG = LoggerFactory.getLogger(AdminTokenSetup.class);

    private AdminTokenSetup() {
    }

    static void ensure(TokenService tokens, Settings settings) {
        if (settings.adminToken() != null) {
            if (tokens.registerAdmin("supplied admin", settings.adminToken()).isPresent()) {
                LOG.info("Registered the admin token supplied in OPSTRACKER_ADMIN_TOKEN");
            }
            return;
        }
        if (tokens.anyTokenExists()) {
            return;
        }
        String secret = tokens.newSecret();
        Path file = settings.dataDirectory().resolve(FILE_NAME);
        try {
            OwnerOnlyFiles.createDirectories(settings.dataDirectory());
            OwnerOnlyFiles.writeSecret(file, secret + System.lineSeparator());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write the admin token file " + file, failure);
        }
        tokens.registerAdmin("initial admin", secret);
        LOG.info("Created the first admin token and saved it to {} (readable only by its owner)", file.toAbsolutePath());
    }
}
