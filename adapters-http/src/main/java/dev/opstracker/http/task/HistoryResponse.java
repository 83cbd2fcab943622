package dev.opstracker.http.task;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.task.TaskEvent;
import java.time.Instant;
import java.util.List;

/** One page of a task's history, oldest first; {@code next} is the cursor of the following page, null on the last one. */
record HistoryResponse(
        @JsonProperty("items") List<Entry> items,
        @JsonProperty("next") String next,
        @JsonProperty("total") long total) {

    static HistoryResponse from(Page<TaskEvent> page) {
        return new HistoryResponse(page.items().stream().map(HistoryResponse::entry).toList(), page.next(), page.total());
    }

    private static Entry entry(TaskEvent event) {
        return switch (event) {
            case TaskEvent.StatusChanged changed -> new Entry("status-changed",
                    changed.from().name(), changed.to().name(), changed.note(), changed.at());
        };
    }

    record Entry(
            @JsonProperty("type") String type,
            @JsonProperty("from") String from,
            @JsonProperty("to") String to,
            @JsonProperty("note") String note,
            @JsonProperty("at") Instant at) {
    }
}
