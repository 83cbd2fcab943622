package dev.opstracker.bootstrap.cli.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.OutputFormat;
import dev.opstracker.bootstrap.cli.Printer;
import dev.opstracker.bootstrap.cli.TimeArgument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code opstracker tokens create marcus --scope time:write,tasks:read}: a new token. Its secret is printed once, on
 * stdout alone, so that {@code TOKEN=$(opstracker tokens create ...)} captures exactly the secret.
 */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a token; its secret is printed once.")
final class TokensCreate extends ApiCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "Who or what uses it; over the API a person's time is recorded under this name.")
    String name;

    @Option(names = "--scope", required = true, paramLabel = "SCOPE", split = ",",
            description = "tasks:read, tasks:write, infra:read, infra:write, alerts:write, commands:read, time:write, billing:read, admin, ...")
    List<String> scopes = new ArrayList<>();

    @Option(names = "--client", paramLabel = "CODE", description = "Limit it to one client's data.")
    String client;

    @Option(names = "--expires", paramLabel = "TIME", description = "When it stops working: ISO-8601, a span ahead (90d) or a day and time.")
    String expires;

    @Override
    protected int run(Api api, Printer printer) {
        ObjectNode body = Api.object().put("name", name);
        scopes.forEach(body.putArray("scopes")::add);
        if (client != null) {
            body.put("client", client);
        }
        if (expires != null) {
            body.put("expiresAt", TimeArgument.parse("--expires", expires, Instant.now(), zone(), TimeArgument.Direction.AHEAD).toString());
        }
        JsonNode created = api.post("/api/v1/tokens", body);
        if (printer.format() == OutputFormat.TABLE) {
            out().println(created.path("secret").asText());
            out().flush();
            err().println("Created token %s (%s); its secret above is shown this once.".formatted(created.path("id").asText(), name));
            err().flush();
        } else {
            printer.done("", TokenColumns.row(zone()), created);
        }
        return 0;
    }
}
