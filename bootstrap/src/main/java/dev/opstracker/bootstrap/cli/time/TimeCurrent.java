package dev.opstracker.bootstrap.cli.time;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCall;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.ApiReply;
import dev.opstracker.bootstrap.cli.OutputFormat;
import dev.opstracker.bootstrap.cli.Printer;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code opstracker time current}: the running timer, if one runs (none is an answer, not a failure). */
@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the running timer, if any.")
final class TimeCurrent extends ApiCommand {

    private static final int NOT_FOUND = 404;

    @Override
    protected int run(Api api, Printer printer) {
        ApiCall current = ApiCall.get("/api/v1/time/current");
        ApiReply reply = api.exchange(current);
        if (reply.status() == NOT_FOUND) {
            if (printer.format() == OutputFormat.TABLE) {
                out().println("No timer running.");
                out().flush();
            } else {
                printer.table(TimeColumns.entry(zone()), List.of());
            }
            return 0;
        }
        printer.record(TimeColumns.entry(zone()), Api.json(Api.ok(current, reply)));
        return 0;
    }
}
