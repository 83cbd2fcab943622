package dev.opstracker.bootstrap.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.bootstrap.cli.Column;
import java.time.ZoneId;
import java.util.List;

/** How recorded runs are shown. */
final class CommandColumns {

    private CommandColumns() {
    }

    static List<Column> row(ZoneId zone) {
        return List.of(Column.of("ID", "id"), Column.of("TASK", "taskId"), Column.instant("STARTED", "startedAt", zone), Column.of("EXIT", "exitCode"),
                Column.of("MS", "durationMs"), Column.of("HOST", "host"), Column.of("COMMAND", "command"));
    }

    static List<Column> record(ZoneId zone) {
        return List.of(Column.of("ID", "id"), Column.of("Task", "taskId"), Column.of("Command", "command"), Column.of("Directory", "cwd"),
                Column.of("Host", "host"), Column.of("User", "user"), Column.instant("Started", "startedAt", zone), Column.instant("Ended", "endedAt", zone),
                Column.of("Duration ms", "durationMs"), Column.of("Ending", "ending"), Column.of("Exit code", "exitCode"),
                new Column("Stdout", run -> output(run.path("stdout"))), new Column("Stderr", run -> output(run.path("stderr"))),
                Column.pairs("Environment", "env"), Column.of("Record hash", "recordHash"));
    }

    private static String output(JsonNode output) {
        if (output.isMissingNode() || output.isNull()) {
            return "";
        }
        return "%s bytes%s, sha256 %s".formatted(output.path("size").asText(), output.path("truncated").asBoolean() ? " (truncated)" : "",
                output.path("sha256").asText());
    }
}
