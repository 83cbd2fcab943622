package dev.opstracker.bootstrap.cli.infra;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Components;
import dev.opstracker.bootstrap.cli.Printer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code opstracker component show COMPONENT}: one component by id or path. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one component, by id or path.")
final class ComponentShow extends ApiCommand {

    @Parameters(index = "0", paramLabel = "COMPONENT", description = "Its id or path.")
    String component;

    @Override
    protected int run(Api api, Printer printer) {
        printer.record(ComponentColumns.record(zone()), api.get("/api/v1/components/" + Components.id(api, component)));
        return 0;
    }
}
