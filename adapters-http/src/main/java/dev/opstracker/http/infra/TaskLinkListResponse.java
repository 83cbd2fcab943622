package dev.opstracker.http.infra;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.infra.TaskLink;
import java.util.List;

/** Every component link of one task, oldest first, tombstones included; a task has few, so this list is not paged. */
record TaskLinkListResponse(@JsonProperty("items") List<TaskLinkResponse> items) {

    static TaskLinkListResponse from(List<TaskLink> links) {
        return new TaskLinkListResponse(links.stream().map(TaskLinkResponse::from).toList());
    }
}
