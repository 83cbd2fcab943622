package dev.opstracker.domain.infra;

import static java.util.Objects.requireNonNull;

/**
 * A kind of component placed directly below another kind, as the tree holds it somewhere.
 *
 * @param parent the parent's kind; null for a component at the top
 */
public record KindPair(ComponentKind parent, ComponentKind child) {

    public KindPair {
        requireNonNull(child, "child is null");
    }

    @Override
    public String toString() {
        return parent == null ? "%s at the top".formatted(child) : "%s below %s".formatted(child, parent);
    }
}
