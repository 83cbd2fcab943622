package dev.opstracker.http.infra;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.application.infra.CreateComponentCommand;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.Provider;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/components}. {@code name} and {@code kind} are required; a
 * component without a {@code parent} needs a {@code provider}, one with a parent inherits it.
 */
record CreateComponentRequest(
        @JsonProperty("name") String name,
        @JsonProperty("kind") String kind,
        @JsonProperty("parent") Long parent,
        @JsonProperty("provider") String provider,
        @JsonProperty("externalId") String externalId,
        @JsonProperty("tags") Map<String, String> tags) {

    CreateComponentCommand toCommand() {
        ComponentDetails details = new ComponentDetails(
                ComponentKind.parse(kind),
                name,
                provider == null ? null : Provider.parse("provider", provider),
                externalId,
                tags);
        return new CreateComponentCommand(details, ComponentIds.of("parent", parent));
    }
}
