package dev.opstracker.bootstrap.cli.time;

import dev.opstracker.bootstrap.cli.TimeArgument;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** What a report or export covers: a range (this month so far by default) and the filters of the report API. */
final class ReportOptions {

    @Option(names = "--from", paramLabel = "TIME", description = "Start: a date (2026-11-01, its midnight), ISO instant, span ago or day word. Default: this month's first day.")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "End (exclusive). Default: now.")
    String to;

    @Option(names = "--client", paramLabel = "CODE")
    String client;

    @Option(names = "--project", paramLabel = "CODE", description = "A project (with --client).")
    String project;

    @Option(names = "--for", paramLabel = "USER", description = "One person's time only.")
    String user;

    @Option(names = "--task", paramLabel = "ID")
    Long task;

    @Option(names = "--components", paramLabel = "QUERY", description = "Tasks linked to components matching this filter, such as under:aws/eu-west-1.")
    String components;

    @Option(names = "--rounding", paramLabel = "RULE", description = "mode/minutes/scope[/minimumMinutes] over the clients' own, such as up/15/entry.")
    String rounding;

    /** The report API's parameters for these options, in {@code zone}. */
    Map<String, Object> parameters(ZoneId zone) {
        Instant now = Instant.now();
        Instant start = from == null ? LocalDate.now(zone).withDayOfMonth(1).atStartOfDay(zone).toInstant()
                : TimeArgument.parse("--from", from, now, zone, TimeArgument.Direction.AGO);
        Instant end = to == null ? now : TimeArgument.parse("--to", to, now, zone, TimeArgument.Direction.AGO);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("from", start.toString());
        parameters.put("to", end.toString());
        parameters.put("tz", zone.getId());
        parameters.put("client", client);
        parameters.put("project", project);
        parameters.put("user", user);
        parameters.put("task", task);
        parameters.put("components", components);
        parameters.put("subtree", components == null ? null : "true");
        parameters.put("rounding", rounding);
        return parameters;
    }
}
