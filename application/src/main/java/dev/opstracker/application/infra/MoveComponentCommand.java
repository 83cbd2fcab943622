package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.ComponentId;
import java.util.OptionalLong;

/**
 * Move a component, with everything below it, under another parent.
 *
 * @param newParentId the new parent; null to make the component a root
 */
public record MoveComponentCommand(ComponentId id, OptionalLong expectedVersion, ComponentId newParentId) {

    public MoveComponentCommand {
        requireNonNull(id, "id is null");
        requireNonNull(expectedVersion, "expectedVersion is null");
    }
}
