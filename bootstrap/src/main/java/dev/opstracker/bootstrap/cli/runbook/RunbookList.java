package dev.opstracker.bootstrap.cli.runbook;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Column;
import dev.opstracker.bootstrap.cli.Printer;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code opstracker runbook list}: every runbook with its current version. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the runbooks.")
final class RunbookList extends ApiCommand {

    private static final List<Column> ROW = List.of(Column.of("SLUG", "slug"), Column.of("VERSION", "version"), Column.of("STEPS", "steps"),
            Column.of("USED", "timesUsed"), Column.of("TITLE", "title"));

    @Override
    protected int run(Api api, Printer printer) {
        printer.table(ROW, Api.items(api.get("/api/v1/runbooks").path("items")));
        return 0;
    }
}
