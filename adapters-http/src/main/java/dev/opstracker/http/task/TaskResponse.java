package dev.opstracker.http.task;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Task;
import dev.opstracker.domain.task.TaskDetails;
import java.time.Instant;
import java.util.Map;

/** A task as the API shows it; a field the domain gains appears here only when added on purpose. */
record TaskResponse(
        @JsonProperty("id") long id,
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("status") String status,
        @JsonProperty("priority") String priority,
        @JsonProperty("assignee") String assignee,
        @JsonProperty("reporter") String reporter,
        @JsonProperty("client") String client,
        @JsonProperty("project") String project,
        @JsonProperty("dueAt") Instant dueAt,
        @JsonProperty("attributes") Map<String, String> attributes,
        @JsonProperty("createdAt") Instant createdAt,
        @JsonProperty("updatedAt") Instant updatedAt,
        @JsonProperty("completedAt") Instant completedAt,
        @JsonProperty("version") long version) {

    static TaskResponse from(Task task) {
        TaskDetails details = task.details();
        return new TaskResponse(
                task.id().value(),
                details.title(),
                details.description(),
                task.status().name(),
                details.priority().name(),
                details.assignee(),
                details.reporter(),
                code(details.client()),
                code(details.project()),
                details.dueAt(),
                details.attributes(),
                task.createdAt(),
                task.updatedAt(),
                task.completedAt(),
                task.version());
    }

    private static String code(BillingCode code) {
        return code == null ? null : code.value();
    }
}
