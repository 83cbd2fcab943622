package dev.opstracker.bootstrap.cli.alert;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code opstracker alerts pending}: problems kept until their rule's threshold is reached. */
@Command(name = "pending", mixinStandardHelpOptions = true, description = "List problems waiting for their rule's threshold before they open a task.")
final class AlertsPending extends ApiCommand {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most this many. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    protected int run(Api api, Printer printer) {
        printer.table(IncidentColumns.row(zone()), api.list("/api/v1/alerts/pending", atLeastOne("--limit", limit)));
        return 0;
    }
}
