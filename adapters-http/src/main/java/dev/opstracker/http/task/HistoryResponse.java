package dev.opstracker.http.task;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.task.TaskEvent;
import java.time.Instant;
import java.util.List;

/** A task's history, oldest first, in the paged shape of every list (it fits on one page today). */
record HistoryResponse(
        @JsonProperty("items") List<Entry> items,
        @JsonProperty("next") String next) {

    static HistoryResponse from(List<TaskEvent> events) {
        return new HistoryResponse(events.stream().map(HistoryResponse::entry).toList(), null);
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
