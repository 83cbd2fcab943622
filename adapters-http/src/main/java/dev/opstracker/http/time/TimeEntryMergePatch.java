package dev.opstracker.http.time;

import static dev.opstracker.http.shared.PatchMembers.optional;
import static dev.opstracker.http.shared.PatchMembers.required;
import static dev.opstracker.http.shared.PatchMembers.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.time.Activity;
import dev.opstracker.domain.time.TimeEntryDetails;
import dev.opstracker.http.shared.Timestamps;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * Applies a JSON merge patch (RFC 7396) to a time entry's details: an absent member keeps the value,
 * null clears an optional one ({@code client}, {@code project}, {@code note}; {@code end}, which makes
 * the entry a running timer again). The domain checks the result as it checks any entry.
 */
final class TimeEntryMergePatch {

    private static final String EDITABLE = "taskId, user, start, end, zone, client, project, billable, note, activity";

    private TaskId taskId;
    private String user;
    private Instant start;
    private Instant end;
    private ZoneId zone;
    private BillingCode client;
    private BillingCode project;
    private boolean billable;
    private String note;
    private Activity activity;

    private TimeEntryMergePatch(TimeEntryDetails details) {
        taskId = details.taskId();
        user = details.user();
        start = details.start();
        end = details.end();
        zone = details.zone();
        client = details.client();
        project = details.project();
        billable = details.billable();
        note = details.note();
        activity = details.activity();
    }

    static TimeEntryDetails apply(TimeEntryDetails details, ObjectNode patch) {
        TimeEntryMergePatch patched = new TimeEntryMergePatch(details);
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            patched.set(member.getKey(), member.getValue());
        }
        return new TimeEntryDetails(patched.taskId, patched.user, patched.start, patched.end, patched.zone, patched.client, patched.project,
                patched.billable, patched.note, patched.activity);
    }

    private void set(String field, JsonNode value) {
        switch (field) {
            case "taskId" -> taskId = TaskIds.required(field, whole(field, value));
            case "user" -> user = required(field, value);
            case "start" -> start = Timestamps.parseOptional(field, required(field, value));
            case "end" -> end = Timestamps.parseOptional(field, optional(field, value));
            case "zone" -> zone = Zones.parse(field, required(field, value));
            case "client" -> client = BillingCode.parseOptional(field, optional(field, value));
            case "project" -> project = BillingCode.parseOptional(field, optional(field, value));
            case "billable" -> billable = bool(field, value);
            case "note" -> note = optional(field, value);
            case "activity" -> activity = Activity.parse(required(field, value));
            case "id", "durationSeconds", "running", "createdAt", "updatedAt", "version" -> throw new DomainException.InvalidInput(
                    field, shown(value), "this field is read-only; editable fields are " + EDITABLE);
            default -> throw new DomainException.InvalidInput(field, shown(value), "unknown field; editable fields are " + EDITABLE);
        }
    }

    private static Long whole(String field, JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new DomainException.InvalidInput(field, shown(value), "expected a task id such as 12");
        }
        return value.longValue();
    }

    private static boolean bool(String field, JsonNode value) {
        if (!value.isBoolean()) {
            throw new DomainException.InvalidInput(field, shown(value), "expected true or false");
        }
        return value.booleanValue();
    }
}
