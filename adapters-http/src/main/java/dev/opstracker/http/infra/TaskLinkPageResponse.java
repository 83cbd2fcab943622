package dev.opstracker.http.infra;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.Page;
import java.util.List;

/** One page of the links of a task, or of a component (or its subtree); {@code next} is the following page's cursor, null on the last. */
record TaskLinkPageResponse(
        @JsonProperty("items") List<TaskLinkResponse> items,
        @JsonProperty("next") String next,
        @JsonProperty("total") long total) {

    static TaskLinkPageResponse from(Page<TaskLink> page) {
        return new TaskLinkPageResponse(page.items().stream().map(TaskLinkResponse::from).toList(), page.next(), page.total());
    }
}
