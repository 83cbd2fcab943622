package dev.opstracker.bootstrap.cli.command;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCall;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code opstracker commands show 7 [--stdout|--stderr]}: one run, or one of its outputs as stored (exact for a token
 * that may read outputs raw, masked otherwise).
 */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a recorded run, or print one of its outputs.")
final class CommandsShow extends ApiCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The run's id.")
    long id;

    @Option(names = "--stdout", description = "Print the run's standard output instead.")
    boolean stdout;

    @Option(names = "--stderr", description = "Print the run's standard error instead.")
    boolean stderr;

    @Override
    protected int run(Api api, Printer printer) {
        if (stdout && stderr) {
            throw usageError("give --stdout or --stderr, not both");
        }
        if (stdout || stderr) {
            byte[] output = api.send(ApiCall.get("/api/v1/commands/%d/%s".formatted(id, stdout ? "stdout" : "stderr"), "*/*")).body();
            out().print(new String(output, StandardCharsets.UTF_8));
            out().flush();
            return 0;
        }
        printer.record(CommandColumns.record(zone()), api.get("/api/v1/commands/" + id));
        return 0;
    }
}
