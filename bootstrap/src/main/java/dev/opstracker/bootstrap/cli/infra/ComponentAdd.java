package dev.opstracker.bootstrap.cli.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Components;
import dev.opstracker.bootstrap.cli.Printer;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code opstracker component add NAME --kind KIND [--parent PATH]}: a new component in the map. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Add a component; prints its id and path.")
final class ComponentAdd extends ApiCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "Its name, unique under its parent, such as eu-west-1.")
    String name;

    @Option(names = {"-k", "--kind"}, required = true, paramLabel = "KIND", description = "provider, region, cluster, node, service, ... or a kind of your own.")
    String kind;

    @Option(names = "--parent", paramLabel = "COMPONENT", description = "The parent, by id or path (aws/eu-west-1).")
    String parent;

    @Option(names = "--provider", paramLabel = "PROVIDER", description = "aws, gcp, azure, ...; children inherit their parent's.")
    String provider;

    @Option(names = "--external-id", paramLabel = "ID", description = "Its id at the provider, such as i-0abc123.")
    String externalId;

    @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "A tag; repeat for more.")
    Map<String, String> tags = new LinkedHashMap<>();

    @Override
    protected int run(Api api, Printer printer) {
        ObjectNode body = Api.object().put("name", name).put("kind", kind);
        if (parent != null) {
            body.put("parent", Components.id(api, parent));
        }
        if (provider != null) {
            body.put("provider", provider);
        }
        if (externalId != null) {
            body.put("externalId", externalId);
        }
        if (!tags.isEmpty()) {
            ObjectNode tagNode = body.putObject("tags");
            tags.forEach(tagNode::put);
        }
        JsonNode created = api.post("/api/v1/components", body);
        printer.done("Added component %s: %s".formatted(created.path("id").asText(), created.path("path").asText()), ComponentColumns.ROW, created);
        return 0;
    }
}
