package dev.opstracker.bootstrap.cli.runbook;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Column;
import dev.opstracker.bootstrap.cli.Printer;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code opstracker runbook versions SLUG}: every saved version, who saved it and why. */
@Command(name = "versions", mixinStandardHelpOptions = true, description = "List a runbook's versions.")
final class RunbookVersions extends ApiCommand {

    @Parameters(index = "0", paramLabel = "SLUG")
    String slug;

    @Override
    protected int run(Api api, Printer printer) {
        List<Column> columns = List.of(Column.of("VERSION", "version"), Column.instant("SAVED", "savedAt", zone()), Column.of("AUTHOR", "author"),
                Column.of("MESSAGE", "message"));
        printer.table(columns, Api.items(api.get("/api/v1/runbooks/" + Api.encode(slug) + "/versions").path("items")));
        return 0;
    }
}
