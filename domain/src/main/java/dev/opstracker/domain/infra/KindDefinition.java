package dev.opstracker.domain.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;

/**
 * A kind components may have, as the catalogue lists it.
 *
 * @param description what components of this kind are, for people choosing one; optional
 * @param builtIn     whether every installation knows it (built-in kinds cannot be unregistered)
 */
public record KindDefinition(ComponentKind kind, String description, boolean builtIn) {

    public static final int MAX_DESCRIPTION_LENGTH = 200;

    public KindDefinition {
        requireNonNull(kind, "kind is null");
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new DomainException.InvalidInput("description", description,
                    "a kind's description has at most %d characters".formatted(MAX_DESCRIPTION_LENGTH));
        }
    }

    /** A kind a user adds to the catalogue. */
    public static KindDefinition registered(ComponentKind kind, String description) {
        return new KindDefinition(kind, description, false);
    }
}
