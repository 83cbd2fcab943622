package dev.opstracker.http.command;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.application.command.RecordedCommand;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.shared.Timestamps;
import java.util.List;
import java.util.Map;

/**
 * A run that happened elsewhere: the JSON body of {@code POST /api/v1/tasks/{id}/commands}, or the
 * {@code meta} part of its multipart form (where the outputs come as parts of their own and the
 * base64 members must be absent). {@code exitCode} says how it ended, or {@code signal} when a
 * signal ended it.
 */
record RecordCommandRequest(
        @JsonProperty("argv") List<String> argv,
        @JsonProperty("cwd") String cwd,
        @JsonProperty("host") String host,
        @JsonProperty("user") String user,
        @JsonProperty("env") Map<String, String> env,
        @JsonProperty("exitCode") Integer exitCode,
        @JsonProperty("signal") Integer signal,
        @JsonProperty("startedAt") String startedAt,
        @JsonProperty("endedAt") String endedAt,
        @JsonProperty("stdoutBase64") String stdoutBase64,
        @JsonProperty("stderrBase64") String stderrBase64) {

    RecordedCommand toCommand() {
        if ((exitCode == null) == (signal == null)) {
            throw new DomainException.InvalidInput("exitCode", exitCode, "a recorded run has either an exitCode or a signal");
        }
        CommandResult.Ending ending = exitCode != null ? new CommandResult.Exited(exitCode) : new CommandResult.Signalled(signal);
        return new RecordedCommand(argv, cwd, env, host, user, Timestamps.parseOptional("startedAt", startedAt),
                Timestamps.parseOptional("endedAt", endedAt), ending);
    }
}
