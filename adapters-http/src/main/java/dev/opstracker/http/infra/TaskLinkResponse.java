package dev.opstracker.http.infra;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.infra.TaskLink;
import java.time.Instant;

/**
 * A link between a task and a component. {@code path} is the component's path when the link was
 * made, kept after the component is deleted: then {@code componentId} is null and {@code tombstone} true.
 */
record TaskLinkResponse(
        @JsonProperty("taskId") long taskId,
        @JsonProperty("componentId") Long componentId,
        @JsonProperty("path") String path,
        @JsonProperty("role") String role,
        @JsonProperty("linkedAt") Instant linkedAt,
        @JsonProperty("tombstone") boolean tombstone) {

    static TaskLinkResponse from(TaskLink link) {
        return new TaskLinkResponse(
                link.taskId().value(),
                ComponentIds.value(link.componentId()),
                link.pathAtLink().toString(),
                link.role().wireName(),
                link.linkedAt(),
                link.isTombstone());
    }
}
