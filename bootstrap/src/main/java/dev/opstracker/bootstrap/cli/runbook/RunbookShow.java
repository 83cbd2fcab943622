package dev.opstracker.bootstrap.cli.runbook;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCall;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code opstracker runbook show SLUG [--as markdown|json|rundeck]}: the current version's document. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print a runbook: Runme Markdown (default), JSON or a Rundeck YAML outline.")
final class RunbookShow extends ApiCommand {

    private static final Map<String, String> MEDIA_TYPES = Map.of("markdown", "text/markdown", "json", "application/json", "rundeck", "application/yaml");

    @Parameters(index = "0", paramLabel = "SLUG", description = "The runbook's slug, as runbook list shows it.")
    String slug;

    @Option(names = "--as", paramLabel = "FORM", defaultValue = "markdown", description = "markdown, json or rundeck. Default: ${DEFAULT-VALUE}.")
    String form;

    @Override
    protected int run(Api api, Printer printer) {
        String mediaType = MEDIA_TYPES.get(form.toLowerCase(Locale.ROOT));
        if (mediaType == null) {
            throw usageError("--as %s is not a runbook form: expected markdown, json or rundeck".formatted(form));
        }
        byte[] document = api.send(ApiCall.get("/api/v1/runbooks/" + Api.encode(slug), mediaType)).body();
        out().print(new String(document, StandardCharsets.UTF_8));
        out().flush();
        return 0;
    }
}
