package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentId;
import java.util.OptionalLong;

/**
 * Replace a component's details (a new name renames its subtree's paths).
 *
 * @param expectedVersion the version the edit was made against; empty for whatever is current
 */
public record UpdateComponentCommand(ComponentId id, OptionalLong expectedVersion, ComponentDetails details) {

    public UpdateComponentCommand {
        requireNonNull(id, "id is null");
        requireNonNull(expectedVersion, "expectedVersion is null");
        requireNonNull(details, "details is null");
    }
}
