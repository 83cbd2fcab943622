package dev.opstracker.bootstrap.cli.command;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code opstracker commands search "rollout restart"}: runs whose command line holds the text. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Find recorded runs whose command line contains the text.")
final class CommandsSearch extends ApiCommand {

    @Parameters(index = "0", paramLabel = "TEXT", description = "Text in the command line, such as 'rollout restart'.")
    String text;

    @Mixin
    SearchOptions search;

    @Override
    protected int run(Api api, Printer printer) {
        printer.table(CommandColumns.row(zone()), search.runs(api, text, atLeastOne("--limit", search.limit), zone()));
        return 0;
    }
}
