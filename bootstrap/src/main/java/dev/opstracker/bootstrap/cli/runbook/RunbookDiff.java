package dev.opstracker.bootstrap.cli.runbook;

import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.ApiCall;
import dev.opstracker.bootstrap.cli.ApiCommand;
import dev.opstracker.bootstrap.cli.Printer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code opstracker runbook diff SLUG 1 2}: a unified diff between two versions. */
@Command(name = "diff", mixinStandardHelpOptions = true, description = "Show what changed between two versions of a runbook (unified diff).")
final class RunbookDiff extends ApiCommand {

    @Parameters(index = "0", paramLabel = "SLUG")
    String slug;

    @Parameters(index = "1", paramLabel = "FROM", description = "The older version.")
    int from;

    @Parameters(index = "2", paramLabel = "TO", description = "The newer version.")
    int to;

    @Override
    protected int run(Api api, Printer printer) {
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("from", from);
        versions.put("to", to);
        byte[] diff = api.send(ApiCall.get("/api/v1/runbooks/" + Api.encode(slug) + "/diff" + Api.query(versions), "text/x-diff")).body();
        out().print(new String(diff, StandardCharsets.UTF_8));
        out().flush();
        return 0;
    }
}
