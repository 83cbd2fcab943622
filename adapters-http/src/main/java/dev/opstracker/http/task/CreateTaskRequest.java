package dev.opstracker.http.task;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.task.Priority;
import dev.opstracker.domain.task.TaskDetails;
import dev.opstracker.http.shared.Timestamps;
import java.util.Map;

/** The body of {@code POST /api/v1/tasks}. Only {@code title} is required. */
record CreateTaskRequest(
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("priority") String priority,
        @JsonProperty("assignee") String assignee,
        @JsonProperty("reporter") String reporter,
        @JsonProperty("client") String client,
        @JsonProperty("project") String project,
        @JsonProperty("dueAt") String dueAt,
        @JsonProperty("attributes") Map<String, String> attributes) {

    TaskDetails toDetails() {
        return new TaskDetails(
                title,
                description,
                // An absent priority stays null: the domain picks its default.
                priority == null ? null : Priority.parse("priority", priority),
                assignee,
                reporter,
                BillingCode.parseOptional("client", client),
                BillingCode.parseOptional("project", project),
                Timestamps.parseOptional("dueAt", dueAt),
                attributes);
    }
}
