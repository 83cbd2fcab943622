package dev.opstracker.bootstrap.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that works through the API: it opens the store or reaches the server ({@link ConnectionOptions}), does
 * its work in {@link #run}, prints in the chosen format, and closes the connection however the work ended.
 */
public abstract class ApiCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    OutputOptions output;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "${env:OPSTRACKER_ZONE}",
            description = "Time zone for times shown and for times given without one, such as Europe/Berlin. Default: the system's; env OPSTRACKER_ZONE.")
    ZoneId zone;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try (ApiTransport transport = connection.open()) {
            return run(new Api(transport), new Printer(out(), output.format(), Terminal.detect()));
        }
    }

    /** Does the command's work; returns its exit code (0 when it did what was asked). */
    protected abstract int run(Api api, Printer printer);

    protected final ZoneId zone() {
        return zone == null ? ZoneId.systemDefault() : zone;
    }

    protected final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where notes and warnings go, apart from the answer on stdout that scripts read. */
    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A progress line on stderr for long work, drawn only on a terminal ({@link Progress}). */
    protected final Progress progress(String label) {
        return Progress.start(Terminal.detect(), err(), label);
    }

    /** {@code value} of a count option such as {@code --limit}, refused as a usage error below 1. */
    protected final int atLeastOne(String option, int value) {
        if (value < 1) {
            throw usageError("%s must be 1 or more, not %d".formatted(option, value));
        }
        return value;
    }

    /** A usage error (exit code 2, with the command's usage): arguments that cannot mean anything. */
    protected final ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
