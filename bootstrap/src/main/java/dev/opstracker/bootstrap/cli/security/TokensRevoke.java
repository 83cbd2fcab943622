package dev.opstracker.bootstrap.cli.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCall;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code opstracker tokens revoke 7}: the token stops working at once (revoking twice is fine). */
@Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token.")
final class TokensRevoke extends ApiCommand {

    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Override
    protected int run(Api api, Printer printer) {
        JsonNode revoked = Api.json(api.send(new ApiCall("DELETE", "/api/v1/tokens/" + id, Map.of("Accept", "application/json"), null)));
        printer.done("Revoked token %d (%s)".formatted(id, revoked.path("name").asText()), TokenColumns.row(zone()), revoked);
        return 0;
    }
}
