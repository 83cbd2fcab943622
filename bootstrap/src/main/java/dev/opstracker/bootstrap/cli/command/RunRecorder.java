package dev.opstracker.bootstrap.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.application.command.RecordedCommand;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiTransport;
import dev.opstracker.bootstrap.cli.CliFailure;
import dev.opstracker.bootstrap.cli.LocalTransport;
import dev.opstracker.bootstrap.cli.RemoteTransport;
import dev.opstracker.bootstrap.system.HostName;
import dev.opstracker.domain.command.CommandResult;
import dev.opstracker.domain.command.CommandRun;
import dev.opstracker.domain.task.TaskId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stores a {@link ChildRun} with its outputs in the task, streamed from the temporary files: through the library on
 * the command line's own store, through the upload route (a streamed multipart form) on a server. Either way the
 * stored run is then read back through the API, so both print the same.
 */
final class RunRecorder {

    private RunRecorder() {
    }

    static JsonNode record(ApiTransport transport, long taskId, ChildRun run) {
        String host = HostName.local();
        String user = System.getProperty("user.name");
        long id = switch (transport) {
            case LocalTransport local -> recordLocally(local, taskId, run, host, user);
            case RemoteTransport remote -> remote.uploadRun("/api/v1/tasks/" + taskId + "/commands", meta(run, host, user), run.stdout(), run.stderr())
                    .path("id").asLong();
            default -> throw new IllegalStateException("no way to record a run through " + transport.describe());
        };
        return new Api(transport).get("/api/v1/commands/" + id);
    }

    private static long recordLocally(LocalTransport local, long taskId, ChildRun run, String host, String user) {
        RecordedCommand command = new RecordedCommand(run.argv(), run.workingDirectory().toString(), run.environment(), host, user, run.startedAt(),
                run.endedAt(), new CommandResult.Exited(run.exitCode()));
        try {
            CommandRun stored = local.library().commands().record(TaskId.of(taskId), command, open(run.stdout()), open(run.stderr()));
            return stored.id().value();
        } catch (RuntimeException failure) {
            throw new CliFailure("the run could not be recorded in task %d: %s".formatted(taskId, failure.getMessage()), failure);
        }
    }

    private static InputStream open(Path file) {
        try {
            return file == null ? InputStream.nullInputStream() : Files.newInputStream(file);
        } catch (IOException failure) {
            throw new CliFailure("cannot read the captured output %s: %s".formatted(file, failure.getMessage()), failure);
        }
    }

    /** The upload route's description of a run, its outputs coming as parts of their own. */
    static ObjectNode meta(ChildRun run, String host, String user) {
        ObjectNode meta = Api.object();
        run.argv().forEach(meta.putArray("argv")::add);
        meta.put("cwd", run.workingDirectory().toString());
        meta.put("host", host);
        meta.put("user", user);
        ObjectNode environment = meta.putObject("env");
        run.environment().forEach(environment::put);
        meta.put("exitCode", run.exitCode());
        meta.put("startedAt", run.startedAt().toString());
        meta.put("endedAt", run.endedAt().toString());
        return meta;
    }
}
