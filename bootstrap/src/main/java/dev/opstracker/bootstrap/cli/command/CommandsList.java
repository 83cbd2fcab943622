package dev.opstracker.bootstrap.cli.command;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code opstracker commands list --task 42}: recorded runs, newest first, filtered. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List recorded runs, filtered by task, host, user, outcome or time.")
final class CommandsList extends ApiCommand {

    @Mixin
    SearchOptions search;

    @Override
    protected int run(Api api, Printer printer) {
        printer.table(CommandColumns.row(zone()), search.runs(api, null, atLeastOne("--limit", search.limit), zone()));
        return 0;
    }
}
