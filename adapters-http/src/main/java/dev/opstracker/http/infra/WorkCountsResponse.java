package dev.opstracker.http.infra;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.infra.ComponentWorkCount;
import java.util.List;

/** Components with the number of tasks a question counted on each, most first. */
record WorkCountsResponse(@JsonProperty("items") List<Item> items) {

    record Item(
            @JsonProperty("componentId") long componentId,
            @JsonProperty("path") String path,
            @JsonProperty("count") long count) {
    }

    static WorkCountsResponse from(List<ComponentWorkCount> counts) {
        return new WorkCountsResponse(counts.stream()
                .map(count -> new Item(count.componentId().value(), count.path().toString(), count.tasks()))
                .toList());
    }
}
