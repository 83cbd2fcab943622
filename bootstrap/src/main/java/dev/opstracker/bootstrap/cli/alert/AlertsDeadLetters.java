package dev.opstracker.bootstrap.cli.alert;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Column;
import dev.opstracker.bootstrap.cli.Printer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code opstracker alerts dead-letters [ID]}: deliveries that could not be applied, newest first, or one with its body. */
@Command(name = "dead-letters", mixinStandardHelpOptions = true, description = "List deliveries that could not be applied, or show one with its body.")
final class AlertsDeadLetters extends ApiCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "One dead letter to show whole.")
    Long id;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most this many. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    protected int run(Api api, Printer printer) {
        List<Column> columns = List.of(Column.of("ID", "id"), Column.of("SOURCE", "source"), Column.instant("RECEIVED", "receivedAt", zone()),
                Column.of("BYTES", "size"), Column.instant("REPLAYED", "replayedAt", zone()), Column.of("PROBLEM", "problem"));
        if (id != null) {
            List<Column> whole = new ArrayList<>(columns);
            whole.add(Column.of("BODY", "body"));
            printer.record(whole, api.get("/api/v1/alerts/dead-letters/" + id));
            return 0;
        }
        printer.table(columns, api.list("/api/v1/alerts/dead-letters", atLeastOne("--limit", limit)));
        return 0;
    }
}
