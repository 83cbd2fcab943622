package dev.opstracker.domain.infra;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;

/** A component that passed the creation rules and waits for the store to give it an identity. */
public record NewComponent(
        ComponentId parentId, ComponentPath path, ComponentKind kind, Provider provider, String externalId,
        Map<String, String> tags, Instant createdAt) {

    public NewComponent {
        requireNonNull(path, "path is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(provider, "provider is null");
        tags = Tags.copyOf(tags);
        requireNonNull(createdAt, "createdAt is null");
    }

    /** The stored component this becomes once the store assigns {@code id}. */
    public Component withId(ComponentId id) {
        return new Component(id, parentId, path, kind, provider, externalId, tags, createdAt, createdAt, Component.FIRST_VERSION);
    }
}
