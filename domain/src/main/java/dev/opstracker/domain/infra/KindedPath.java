package dev.opstracker.domain.infra;

import static java.util.Objects.requireNonNull;

/** Where a component sits and what kind it is: enough to name it in an error. */
public record KindedPath(ComponentPath path, ComponentKind kind) {

    public KindedPath {
        requireNonNull(path, "path is null");
        requireNonNull(kind, "kind is null");
    }

    @Override
    public String toString() {
        return "%s (%s)".formatted(path, kind);
    }
}
