package dev.opstracker.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CommandLineLoggingTest {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Level root = context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel();
    private final Level flyway = context.getLogger("org.flywaydb").getLevel();

    @AfterEach
    void restoreLevels() {
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(root);
        context.getLogger("org.flywaydb").setLevel(flyway);
    }

    @Test
    void aCommandLogsWarningsAndErrorsOnlyUnlessTheLevelIsChosen() {
        assumeTrue(System.getenv(CommandLineLogging.LEVEL_VARIABLE) == null, "OPSTRACKER_LOG_LEVEL is set here, and then decides");

        CommandLineLogging.quiet();

        assertThat(LoggerFactory.getLogger("dev.opstracker.anything").isInfoEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("dev.opstracker.anything").isWarnEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("org.flywaydb.core.FlywayExecutor").isWarnEnabled()).isFalse();
    }
}
