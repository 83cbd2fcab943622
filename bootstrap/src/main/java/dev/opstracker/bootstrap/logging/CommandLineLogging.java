package dev.opstracker.bootstrap.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * The log of a command-line command, as opposed to the server's: warnings and errors only, so that opening the store
 * (migrations checked, keys loaded) does not bury a command's answer in lines about it. OPSTRACKER_LOG_LEVEL, when set,
 * decides instead, as it does for the server.
 */
public final class CommandLineLogging {

    static final String LEVEL_VARIABLE = "OPSTRACKER_LOG_LEVEL";

    private CommandLineLogging() {
    }

    public static void quiet() {
        String chosen = System.getenv(LEVEL_VARIABLE);
        if (chosen != null && !chosen.isBlank() || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        // Flyway warns on every start that H2 is newer than the versions it was verified with: true, and nothing to act on.
        context.getLogger("org.flywaydb").setLevel(Level.ERROR);
    }
}
