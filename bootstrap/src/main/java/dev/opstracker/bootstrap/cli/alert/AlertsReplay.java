package dev.opstracker.bootstrap.cli.alert;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Column;
import dev.opstracker.bootstrap.cli.Printer;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code opstracker alerts replay ID}: applies a dead letter again, once what refused it is fixed. */
@Command(name = "replay", mixinStandardHelpOptions = true, description = "Apply a dead letter again (after fixing what refused it).")
final class AlertsReplay extends ApiCommand {

    private static final List<Column> OUTCOME = List.of(Column.of("OUTCOME", "outcome"), Column.of("TASK", "taskId"), Column.of("INCIDENT", "incidentId"));

    @Parameters(index = "0", paramLabel = "ID", description = "The dead letter's id.")
    long id;

    @Override
    protected int run(Api api, Printer printer) {
        JsonNode replayed = api.post("/api/v1/alerts/dead-letters/" + id + "/replay", Api.object());
        printer.table(OUTCOME, Api.items(replayed.path("alerts")));
        return 0;
    }
}
