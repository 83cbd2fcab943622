package dev.opstracker.bootstrap.cli.infra;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCall;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.CliFailure;
import dev.opstracker.bootstrap.cli.Column;
import dev.opstracker.bootstrap.cli.Printer;
import dev.opstracker.bootstrap.cli.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code opstracker component import FILE}: upserts an inventory (CSV with a {@code path,kind,...} header, or JSON
 * {@code {"components": [...]}}). Good rows are applied and bad ones reported by line; the exit code is 1 when any
 * row failed, so a script notices.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import an inventory file (CSV or JSON); bad rows are reported by line.")
final class ComponentImportCommand extends ApiCommand {

    private static final List<Column> REPORT = List.of(Column.of("CREATED", "created"), Column.of("UPDATED", "updated"),
            Column.of("UNCHANGED", "unchanged"), Column.of("FAILED", "failed"));
    private static final List<Column> FAILURE = List.of(Column.of("LINE", "line"), Column.of("FIELD", "field"), Column.of("VALUE", "value"),
            Column.of("PROBLEM", "message"));

    @Parameters(index = "0", paramLabel = "FILE", description = "The inventory: a file ending in .json is read as JSON, any other as CSV.")
    Path file;

    @Override
    protected int run(Api api, Printer printer) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException failure) {
            throw new CliFailure("cannot read %s: %s".formatted(file, failure.getMessage()), failure);
        }
        String contentType = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? "application/json" : "text/csv";
        JsonNode report;
        try (Progress progress = progress("Importing " + file.getFileName())) {
            report = Api.json(api.send(ApiCall.send("POST", "/api/v1/components:bulk", contentType, content)));
        }
        switch (printer.format()) {
            case TABLE -> {
                printer.table(REPORT, List.of(report));
                if (report.path("failed").asInt() > 0) {
                    PrintWriter out = out();
                    out.println();
                    out.flush();
                    printer.table(FAILURE, Api.items(report.path("failures")));
                }
            }
            case JSON -> printer.record(REPORT, report);
            case CSV -> printer.table(FAILURE, Api.items(report.path("failures")));
        }
        return report.path("failed").asInt() > 0 ? 1 : 0;
    }
}
