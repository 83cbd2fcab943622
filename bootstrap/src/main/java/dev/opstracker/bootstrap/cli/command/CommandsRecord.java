package dev.opstracker.bootstrap.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.CliFailure;
import dev.opstracker.bootstrap.cli.Printer;
import dev.opstracker.bootstrap.logging.LogMasking;
import dev.opstracker.bootstrap.system.HostName;
import dev.opstracker.domain.command.Environment;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code opstracker commands record --task 42 --exit 0 --started ... --ended ... -- LINE}: records a command that ran
 * elsewhere, without its outputs. The shell hook calls it after each command while a task is active.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Record a command that ran elsewhere (line, exit code, times), without its outputs; used by the shell hook.")
final class CommandsRecord extends ApiCommand {

    @Option(names = {"-t", "--task"}, required = true, paramLabel = "ID", defaultValue = "${env:OPSTRACKER_TASK}", description = "The task; env OPSTRACKER_TASK.")
    long taskId;

    @Option(names = "--exit", required = true, paramLabel = "CODE", description = "The command's exit code.")
    int exitCode;

    @Option(names = "--started", required = true, paramLabel = "TIME", description = "When it started: epoch seconds (1733550000.123456) or ISO-8601.")
    String started;

    @Option(names = "--ended", required = true, paramLabel = "TIME", description = "When it ended: epoch seconds or ISO-8601.")
    String ended;

    @Option(names = "--cwd", paramLabel = "DIR", description = "Where it ran. Default: the current directory.")
    String cwd;

    @Parameters(arity = "1..*", paramLabel = "LINE", description = "The command line as typed (one argument), or its words.")
    List<String> line = new ArrayList<>();

    @Override
    protected int run(Api api, Printer printer) {
        List<String> argv = line.size() == 1 ? ShellWords.split(line.get(0)) : line;
        if (argv.isEmpty()) {
            throw usageError("the command line is empty");
        }
        ObjectNode body = Api.object();
        argv.forEach(body.putArray("argv")::add);
        body.put("cwd", cwd == null ? System.getProperty("user.dir") : cwd);
        body.put("host", HostName.local());
        body.put("user", System.getProperty("user.name"));
        ObjectNode environment = body.putObject("env");
        Environment.standard().select(System.getenv(), LogMasking.masker()).forEach(environment::put);
        body.put("exitCode", exitCode);
        body.put("startedAt", instant("--started", started).toString());
        body.put("endedAt", instant("--ended", ended).toString());
        JsonNode recorded = api.post("/api/v1/tasks/" + taskId + "/commands", body);
        printer.done("Recorded run %s in task %d".formatted(recorded.path("id").asText(), taskId), CommandColumns.row(zone()), recorded);
        return 0;
    }

    /** Epoch seconds with an optional fraction (bash's and zsh's EPOCHREALTIME), or an ISO-8601 instant. */
    static Instant instant(String option, String text) {
        try {
            BigDecimal seconds = new BigDecimal(text.strip().replace(',', '.'));
            return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
        } catch (NumberFormatException | ArithmeticException notEpoch) {
            try {
                return Instant.parse(text.strip());
            } catch (DateTimeParseException notIso) {
                throw new CliFailure("%s '%s' is not a time: give epoch seconds (1733550000.123456) or ISO-8601".formatted(option, text));
            }
        }
    }
}
