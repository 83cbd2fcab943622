package dev.opstracker.domain.command;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What to run: the exact argument vector (no shell unless argv names one), where, with which
 * environment, and for how long at most.
 *
 * @param environment the complete environment of the child; nothing is inherited implicitly
 * @param timeout     how long the command may run before it is stopped; null for no limit
 */
public record CommandSpec(List<String> argv, Path workingDirectory, Map<String, String> environment, Duration timeout) {

    public CommandSpec {
        if (argv == null || argv.isEmpty() || argv.get(0) == null || argv.get(0).isBlank()) {
            throw new DomainException.InvalidInput("argv", argv, "a command needs at least a program name");
        }
        argv = List.copyOf(argv);
        requireNonNull(workingDirectory, "workingDirectory is null");
        environment = Map.copyOf(requireNonNull(environment, "environment is null"));
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new DomainException.InvalidInput("timeout", timeout, "a timeout must be positive");
        }
    }
}
