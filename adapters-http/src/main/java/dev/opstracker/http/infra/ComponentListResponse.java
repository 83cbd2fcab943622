package dev.opstracker.http.infra;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.shared.Page;
import java.util.List;

/**
 * One page of components; {@code next} is the cursor of the following page, null on the last one;
 * {@code total} is a lower bound when {@code totalExact} is false (the search was asked not to count).
 */
record ComponentListResponse(
        @JsonProperty("items") List<ComponentResponse> items,
        @JsonProperty("next") String next,
        @JsonProperty("total") long total,
        @JsonProperty("totalExact") boolean totalExact) {

    static ComponentListResponse from(Page<Component> page) {
        return new ComponentListResponse(page.items().stream().map(ComponentResponse::from).toList(), page.next(), page.total(), page.totalExact());
    }

    /** The answer to a look-up by path: the one component found. */
    static ComponentListResponse of(Component component) {
        return new ComponentListResponse(List.of(ComponentResponse.from(component)), null, 1, true);
    }
}
