package dev.opstracker.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-line figures each fault-injection test reports (requests sent, acknowledged, found after
 * the fault, duplicates, half-written): logged, and appended to {@code target/fault-figures.txt} so
 * that a build's figures can be read in one place.
 */
final class FaultFigures {

    private static final Logger LOG = LoggerFactory.getLogger(FaultFigures.class);
    private static final Path FILE = Path.of("target", "fault-figures.txt");

    private FaultFigures() {
    }

    static void report(String line) {
        LOG.info("{}", line);
        try {
            Files.writeString(FILE, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
