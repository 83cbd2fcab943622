package dev.opstracker.bootstrap.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiTransport;
import dev.opstracker.bootstrap.cli.CliFailure;
import dev.opstracker.bootstrap.cli.ConnectionOptions;
import dev.opstracker.bootstrap.cli.OutputFormat;
import dev.opstracker.bootstrap.cli.OutputOptions;
import dev.opstracker.bootstrap.cli.Terminal;
import dev.opstracker.bootstrap.logging.LogMasking;
import dev.opstracker.domain.command.Environment;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code opstracker exec --task 42 -- kubectl rollout restart deploy/api}: runs the command as the shell would, its
 * output live on the terminal, and records it in the task: argv, working directory, the allow-listed environment,
 * exit code, timing and both outputs byte for byte. Exits with the command's own exit code. The task is checked
 * before anything runs; the store is not held while the command runs, so other commands can use it meanwhile.
 */
@Command(name = "exec", mixinStandardHelpOptions = true,
        description = "Run a command with the terminal attached and record it, outputs included, in a task; exits with the command's exit code.")
public final class ExecCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    OutputOptions output;

    @Option(names = {"-t", "--task"}, paramLabel = "ID", defaultValue = "${env:OPSTRACKER_TASK}",
            description = "The task to record the run in; env OPSTRACKER_TASK (set by `opstracker shell-hook`).")
    Long taskId;

    @Option(names = "--no-capture-output", description = "Give the command the terminal's stdout and stderr directly (for interactive programs); "
            + "the run is recorded without its outputs.")
    boolean noCapture;

    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The command and its arguments; put -- before it.")
    List<String> argv = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (taskId == null) {
            throw new ParameterException(spec.commandLine(), "which task? give --task ID or set OPSTRACKER_TASK");
        }
        try (ApiTransport transport = connection.open()) {
            new Api(transport).get("/api/v1/tasks/" + taskId);
        }
        Map<String, String> environment = Environment.standard().select(System.getenv(), LogMasking.masker());
        ChildRun run = ChildProcess.run(argv, Path.of("").toAbsolutePath(), environment, !noCapture, Terminal.detect().interactive(),
                new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
        PrintWriter err = spec.commandLine().getErr();
        try (ApiTransport transport = connection.open()) {
            JsonNode recorded = RunRecorder.record(transport, taskId, run);
            if (output.format() == OutputFormat.TABLE) {
                err.println("opstracker: recorded run %s in task %d (exit %d, %d ms)".formatted(recorded.path("id").asText(), taskId, run.exitCode(),
                        recorded.path("durationMs").asLong()));
            } else {
                err.println(recorded.toPrettyString());
            }
        } catch (CliFailure failure) {
            err.println("opstracker: the command ran but its run was not recorded: " + LogMasking.masker().mask(failure.getMessage()));
            err.flush();
            return run.exitCode() == 0 ? 1 : run.exitCode();
        } finally {
            ChildProcess.deleteQuietly(run.stdout());
            ChildProcess.deleteQuietly(run.stderr());
            err.flush();
        }
        return run.exitCode();
    }
}
