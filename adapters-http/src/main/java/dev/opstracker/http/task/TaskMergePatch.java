package dev.opstracker.http.task;

import static dev.opstracker.http.shared.PatchMembers.optional;
import static dev.opstracker.http.shared.PatchMembers.required;
import static dev.opstracker.http.shared.PatchMembers.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.TaskChanges;
import dev.opstracker.http.shared.PatchMembers;
import dev.opstracker.http.shared.Timestamps;
import java.util.Map;

/**
 * Reads a JSON merge patch (RFC 7396) of a task into {@link TaskChanges}: an absent member keeps
 * the value, null clears it, and {@code attributes} merges key by key (null removes a key;
 * {@code "attributes": null} removes them all).
 */
final class TaskMergePatch {

    private static final String EDITABLE = "title, description, priority, assignee, reporter, client, project, dueAt, attributes";

    private TaskMergePatch() {
    }

    static TaskChanges read(ObjectNode patch) {
        TaskChanges changes = TaskChanges.none();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            changes = apply(changes, member.getKey(), member.getValue());
        }
        return changes;
    }

    private static TaskChanges apply(TaskChanges changes, String field, JsonNode value) {
        return switch (field) {
            case "title" -> changes.withTitle(required(field, value));
            case "description" -> changes.withDescription(optional(field, value));
            case "priority" -> changes.withPriority(Priority.parse(field, required(field, value)));
            case "assignee" -> changes.withAssignee(optional(field, value));
            case "reporter" -> changes.withReporter(optional(field, value));
            case "client" -> changes.withClient(BillingCode.parseOptional(field, optional(field, value)));
            case "project" -> changes.withProject(BillingCode.parseOptional(field, optional(field, value)));
            case "dueAt" -> changes.withDueAt(Timestamps.parseOptional(field, optional(field, value)));
            case "attributes" -> value.isNull() ? changes.withAllAttributesRemoved() : changes.withAttributes(PatchMembers.mapChanges(
                    field, value, "expected an object whose members are strings (null removes a key), or null to remove every attribute"));
            case "status" -> throw new DomainException.InvalidInput(field, shown(value),
                    "the status is not edited by PATCH; use POST /api/v1/tasks/{id}/status");
            case "id", "version", "createdAt", "updatedAt", "completedAt" -> throw new DomainException.InvalidInput(
                    field, shown(value), "this field is read-only; editable fields are " + EDITABLE);
            default -> throw new DomainException.InvalidInput(field, shown(value), "unknown field; editable fields are " + EDITABLE);
        };
    }
}
