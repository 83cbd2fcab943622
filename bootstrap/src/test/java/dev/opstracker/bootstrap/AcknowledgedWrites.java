package dev.opstracker.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Looks for every write a storm had acknowledged, through the API as its users would after a
 * restart: each alert's incident in its task's list, each entry by id and once among its user's
 * entries, each timer's entry (stopped when its stop was acknowledged), each command run with its
 * exact output, and the command runs' hash chain intact. What is missing or wrong is listed.
 */
final class AcknowledgedWrites {

    private final ApiClient api;
    private final WriteStorm storm;
    private final List<String> problems = new ArrayList<>();
    private int found;

    AcknowledgedWrites(ApiClient api, WriteStorm storm) {
        this.api = api;
        this.storm = storm;
    }

    /** Looks everything up; then {@link #found()} and {@link #problems()} tell what was seen. */
    AcknowledgedWrites check() {
        alerts();
        entriesByHand();
        timers();
        runs();
        JsonNode chain = ok(api.get("/api/v1/commands/chain"));
        if (chain == null || !chain.get("intact").asBoolean()) {
            problems.add("the command runs' hash chain is broken: " + chain);
        }
        return this;
    }

    /** How many acknowledged requests' writes were found whole. */
    int found() {
        return found;
    }

    List<String> problems() {
        return problems;
    }

    private void alerts() {
        Map<Long, Map<Long, String>> incidentsByTask = new HashMap<>();
        for (WriteStorm.AckedDelivery delivery : storm.deliveries) {
            boolean whole = true;
            for (WriteStorm.AckedAlert alert : delivery.alerts()) {
                Map<Long, String> incidents = incidentsByTask.computeIfAbsent(alert.taskId(), this::incidentsOf);
                if (!alert.dedupKey().equals(incidents.get(alert.incidentId()))) {
                    problems.add("alert %s (%s) was acknowledged with incident %d of task %d, which lists %s"
                            .formatted(alert.dedupKey(), alert.outcome(), alert.incidentId(), alert.taskId(), incidents));
                    whole = false;
                }
            }
            found += whole ? 1 : 0;
        }
    }

    /** A task's incidents, id to dedup key; empty when the task is not there. */
    private Map<Long, String> incidentsOf(long taskId) {
        if (ok(api.get("/api/v1/tasks/" + taskId)) == null) {
            return Map.of();
        }
        Map<Long, String> incidents = new HashMap<>();
        ok(api.get("/api/v1/alerts/tasks/%d/incidents".formatted(taskId))).get("items")
                .forEach(incident -> incidents.put(incident.get("id").asLong(), incident.get("dedupKey").asText()));
        return incidents;
    }

    private void entriesByHand() {
        JsonNode listed = ok(api.get("/api/v1/time/entries?user=%s&from=2000-01-01&to=2100-01-01&limit=1000".formatted(WriteStorm.ENTRY_USER)));
        if (listed.get("truncated").asBoolean()) {
            problems.add("more entries than one page holds; the check needs paging");
        }
        Map<String, List<Long>> idsByNote = new HashMap<>();
        listed.get("items").forEach(entry -> idsByNote.computeIfAbsent(entry.get("note").asText(), note -> new ArrayList<>()).add(entry.get("id").asLong()));
        for (WriteStorm.AckedEntry entry : storm.entries) {
            List<Long> ids = idsByNote.getOrDefault(entry.note(), List.of());
            JsonNode shown = ok(api.get("/api/v1/time/entries/" + entry.id()));
            if (ids.equals(List.of(entry.id())) && shown != null && entry.note().equals(shown.get("note").asText()) && !shown.get("end").isNull()) {
                found++;
            } else {
                problems.add("entry %d (%s) was acknowledged; listed under ids %s, shown as %s".formatted(entry.id(), entry.note(), ids, shown));
            }
        }
    }

    private void timers() {
        Set<Long> stopped = Set.copyOf(storm.timerStops);
        for (WriteStorm.AckedEntry start : storm.timerStarts) {
            JsonNode shown = ok(api.get("/api/v1/time/entries/" + start.id()));
            boolean whole = shown != null && shown.get("user").asText().equals(start.user())
                    && (!stopped.contains(start.id()) || !shown.get("running").asBoolean());
            if (whole) {
                found++;
            } else {
                problems.add("timer %d of %s was acknowledged (stopped: %s) but shows as %s".formatted(start.id(), start.user(), stopped.contains(start.id()),
                        shown));
            }
        }
        // A stop is found when its entry shows stopped: counted once per acknowledged stop.
        Set<Long> started = storm.timerStarts.stream().map(WriteStorm.AckedEntry::id).collect(Collectors.toSet());
        found += (int) storm.timerStops.stream().filter(started::contains).count();
        storm.timerStops.stream().filter(id -> !started.contains(id))
                .forEach(id -> problems.add("timer entry %d was stopped with an acknowledgement but its start never was".formatted(id)));
    }

    private void runs() {
        for (WriteStorm.AckedRun run : storm.runs) {
            JsonNode shown = ok(api.get("/api/v1/commands/" + run.id()));
            ApiClient.Reply stdout = api.get("/api/v1/commands/%d/stdout".formatted(run.id()));
            String bytes = stdout.status() == 200 ? stdout.response().body() : null;
            if (shown != null && run.stdout().equals(bytes)) {
                found++;
            } else {
                problems.add("command run %d was acknowledged; shown as %s with stdout %d %s".formatted(run.id(), shown, stdout.status(), bytes));
            }
        }
    }

    /** The body of a 200, or null for a 404; anything else fails the check. */
    private static JsonNode ok(ApiClient.Reply reply) {
        if (reply.status() == 404) {
            return null;
        }
        if (reply.status() != 200) {
            throw new AssertionError("unexpected answer %d: %s".formatted(reply.status(), reply.response().body()));
        }
        return reply.json();
    }
}
