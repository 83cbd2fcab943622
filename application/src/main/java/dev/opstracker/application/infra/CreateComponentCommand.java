package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentId;

/**
 * Register a component.
 *
 * @param parentId the component to place it below; null for a root (which then needs a provider)
 */
public record CreateComponentCommand(ComponentDetails details, ComponentId parentId) {

    public CreateComponentCommand {
        requireNonNull(details, "details is null");
    }
}
