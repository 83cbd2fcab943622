package dev.opstracker.http.task;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.task.Task;
import java.util.List;

/** One page of tasks; {@code next} is the cursor of the following page, null on the last one. */
record TaskListResponse(
        @JsonProperty("items") List<TaskResponse> items,
        @JsonProperty("next") String next,
        @JsonProperty("total") long total) {

    static TaskListResponse from(Page<Task> page) {
        return new TaskListResponse(page.items().stream().map(TaskResponse::from).toList(), page.next(), page.total());
    }
}
