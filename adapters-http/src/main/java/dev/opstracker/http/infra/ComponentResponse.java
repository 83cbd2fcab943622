package dev.opstracker.http.infra;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentFacts;
import java.time.Instant;
import java.util.Map;

/**
 * A component as the API shows it. {@code tags} are its own; {@code effectiveTags} add those
 * inherited from its ancestors (its own value winning) and appear only where one component is
 * shown, since each costs a read of the ancestors: lists leave them out.
 */
record ComponentResponse(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("kind") String kind,
        @JsonProperty("parent") Long parent,
        @JsonProperty("path") String path,
        @JsonProperty("provider") String provider,
        @JsonProperty("externalId") String externalId,
        @JsonProperty("tags") Map<String, String> tags,
        @JsonProperty("effectiveTags") @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> effectiveTags,
        @JsonProperty("createdAt") Instant createdAt,
        @JsonProperty("updatedAt") Instant updatedAt,
        @JsonProperty("version") long version) {

    /** A component in a list, without its effective tags. */
    static ComponentResponse from(Component component) {
        return of(component, null);
    }

    static ComponentResponse from(Component component, ComponentFacts facts) {
        return of(component, facts.tags());
    }

    private static ComponentResponse of(Component component, Map<String, String> effectiveTags) {
        return new ComponentResponse(
                component.id().value(),
                component.name(),
                component.kind().name(),
                ComponentIds.value(component.parentId()),
                component.path().toString(),
                component.provider().wireName(),
                component.externalId(),
                component.tags(),
                effectiveTags,
                component.createdAt(),
                component.updatedAt(),
                component.version());
    }
}
