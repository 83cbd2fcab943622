package dev.opstracker.application.command;

import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A run that happened elsewhere (a shell hook, a CI job, Ansible), as its reporter saw it; its
 * outputs come as streams beside it.
 *
 * @param environment the variables the reporter sent; only the allowed ones are kept, masked
 */
public record RecordedCommand(List<String> argv, String workingDirectory, Map<String, String> environment, String host, String user,
        Instant startedAt, Instant endedAt, CommandResult.Ending ending) {

    public RecordedCommand {
        if (argv == null || argv.isEmpty() || argv.stream().anyMatch(argument -> argument == null) || argv.get(0).isBlank()) {
            throw new DomainException.InvalidInput("argv", argv, "a command needs at least a program name, and no argument is null");
        }
        argv = List.copyOf(argv);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        if (startedAt == null) {
            throw new DomainException.InvalidInput("startedAt", null, "a recorded run says when it started");
        }
        if (endedAt == null) {
            throw new DomainException.InvalidInput("endedAt", null, "a recorded run says when it ended");
        }
        if (endedAt.isBefore(startedAt)) {
            throw new DomainException.InvalidInput("endedAt", endedAt, "a run ends at or after its start " + startedAt);
        }
        if (ending == null) {
            throw new DomainException.InvalidInput("exitCode", null, "a recorded run says how it ended");
        }
    }
}
