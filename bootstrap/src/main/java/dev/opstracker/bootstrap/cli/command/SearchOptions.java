package dev.opstracker.bootstrap.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.bootstrap.cli.Api;
import dev.opstracker.bootstrap.cli.TimeArgument;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The filters of the command audit trail. */
final class SearchOptions {

    @Option(names = "--task", paramLabel = "ID", description = "Runs of this task.")
    Long task;

    @Option(names = "--host", paramLabel = "HOST")
    String host;

    @Option(names = "--ran-by", paramLabel = "USER", description = "Who ran them (the OS user).")
    String user;

    @Option(names = "--exit", paramLabel = "OUTCOME", description = "ok, failed, or an exit code.")
    String exit;

    @Option(names = "--since", paramLabel = "TIME", description = "Started at or after: ISO-8601, a span ago (2h, 7d) or a day and time.")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Started before.")
    String until;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most this many runs. Default: ${DEFAULT-VALUE}.")
    int limit;

    /** The runs matching these options and {@code text} (null: any), newest first, at most {@code limit}. */
    List<JsonNode> runs(Api api, String text, int limit, ZoneId zone) {
        return api.list("/api/v1/commands" + Api.query(parameters(text, zone)), limit);
    }

    private Map<String, Object> parameters(String text, ZoneId zone) {
        Instant now = Instant.now();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("task", task);
        parameters.put("host", host);
        parameters.put("user", user);
        parameters.put("exit", exit);
        parameters.put("from", since == null ? null : TimeArgument.parse("--since", since, now, zone, TimeArgument.Direction.AGO).toString());
        parameters.put("to", until == null ? null : TimeArgument.parse("--until", until, now, zone, TimeArgument.Direction.AGO).toString());
        parameters.put("q", text);
        return parameters;
    }
}
