package dev.opstracker.bootstrap.cli.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Column;
import dev.opstracker.bootstrap.cli.OutputFormat;
import dev.opstracker.bootstrap.cli.Printer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code opstracker time report --client ACME --from 2026-11-01 --group-by week}: hours and amounts per period, then the total. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Hours and amounts per day, week or month, then the total.")
final class TimeReport extends ApiCommand {

    private static final List<Column> LINE = List.of(Column.of("PERIOD", "bucket"), Column.of("HOURS", "hours"), Column.of("BILLABLE", "billableHours"),
            Column.of("ROUNDED", "roundedHours"), new Column("AMOUNT", TimeReport::amounts), Column.of("UNPRICED_S", "unpricedSeconds"));

    @Mixin
    ReportOptions range;

    @Option(names = "--group-by", paramLabel = "PERIOD", defaultValue = "month", description = "day, week or month. Default: ${DEFAULT-VALUE}.")
    String groupBy;

    @Override
    protected int run(Api api, Printer printer) {
        Map<String, Object> parameters = range.parameters(zone());
        parameters.put("groupBy", groupBy);
        JsonNode report = api.get("/api/v1/reports/time" + Api.query(parameters));
        if (printer.format() == OutputFormat.JSON) {
            printer.record(LINE, report);
            return 0;
        }
        List<JsonNode> lines = new ArrayList<>(Api.items(report.path("lines")));
        lines.add(((ObjectNode) report.path("total").deepCopy()).put("bucket", "TOTAL"));
        printer.table(LINE, lines);
        return 0;
    }

    private static String amounts(JsonNode line) {
        List<String> amounts = new ArrayList<>();
        line.path("amounts").forEach(amount -> amounts.add(amount.path("amount").asText() + " " + amount.path("currency").asText()));
        return String.join(", ", amounts);
    }
}
