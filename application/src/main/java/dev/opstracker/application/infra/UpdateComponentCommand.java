package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.ComponentChanges;
import dev.opstracker.domain.infra.ComponentId;
import java.util.OptionalLong;

/**
 * Edit a component: its details and, when {@link ComponentChanges#parent()} says so, its place in
 * the tree, as one change (a rename or move rewrites the paths of its subtree).
 *
 * @param expectedVersion the version the edit was made against; empty for whatever is current
 */
public record UpdateComponentCommand(ComponentId id, OptionalLong expectedVersion, ComponentChanges changes) {

    public UpdateComponentCommand {
        requireNonNull(id, "id is null");
        requireNonNull(expectedVersion, "expectedVersion is null");
        requireNonNull(changes, "changes is null");
    }
}
