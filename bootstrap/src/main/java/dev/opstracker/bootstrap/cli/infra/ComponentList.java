package dev.opstracker.bootstrap.cli.infra;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code opstracker component list ['kind:service env=prod']}: components matching a query of the filter language. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List components, optionally matching a query such as 'kind:service under:aws env=prod'.")
final class ComponentList extends ApiCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "Filter language: kind:, provider:, under:, tag:, key=value, name~glob, |, -, ( ).")
    String query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "500", description = "At most this many. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    protected int run(Api api, Printer printer) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", query);
        parameters.put("total", "false");
        printer.table(ComponentColumns.ROW, api.list("/api/v1/components" + Api.query(parameters), atLeastOne("--limit", limit)));
        return 0;
    }
}
