package dev.opstracker.bootstrap.cli.security;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import picocli.CommandLine.Command;

/** {@code opstracker tokens list}: every token, revoked and expired ones included. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never their secrets).")
final class TokensList extends ApiCommand {

    @Override
    protected int run(Api api, Printer printer) {
        printer.table(TokenColumns.row(zone()), Api.items(api.get("/api/v1/tokens").path("items")));
        return 0;
    }
}
