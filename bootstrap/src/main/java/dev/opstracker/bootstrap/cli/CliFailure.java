package dev.opstracker.bootstrap.cli;

/**
 * A command that could not do what it was asked, with a message for one line on stderr (exit code 1): the API's
 * problem (its title, detail and the field it names), an unreachable server, a file that cannot be read.
 */
public final class CliFailure extends RuntimeException {

    public CliFailure(String message) {
        super(message);
    }

    public CliFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
