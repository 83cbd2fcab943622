package dev.opstracker.domain.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * The rules every component write follows, as they stood at one revision: which kinds exist and
 * which kinds may parent which.
 *
 * @param revision changes whenever the kinds or the parenting rules change, so a copy can be checked for staleness cheaply
 */
public record ComponentRules(long revision, KindCatalogue kinds, ParentingRules parenting) {

    public ComponentRules {
        requireNonNull(kinds, "kinds is null");
        requireNonNull(parenting, "parenting is null");
    }

    /**
     * Starts a new component below {@code parent} (null for a root).
     *
     * @throws DomainException.InvalidInput when its kind is unknown or the parenting rules forbid the place
     */
    public NewComponent place(ComponentDetails details, Component parent, Instant now) {
        kinds.require("kind", details.kind());
        return Component.create(details, parent, parenting, now);
    }

    /**
     * {@code current} with new details below {@code newParent}, as {@link Component#reshape} makes it. A
     * new kind must be known; its children are checked apart, by {@link #checkChildren}.
     *
     * @throws DomainException.InvalidInput when a new kind is unknown or the parenting rules forbid the place
     */
    public Component reshape(Component current, ComponentDetails details, Component newParent, Instant now) {
        if (!details.kind().equals(current.kind())) {
            kinds.require("kind", details.kind());
        }
        return current.reshape(details, newParent, parenting, now);
    }

    /** Whether going from {@code before} to {@code after} needs the children checked against the rules. */
    public boolean childrenNeedChecking(Component before, Component after) {
        return !parenting.isPermissive() && !before.kind().equals(after.kind());
    }

    /**
     * @param childrenOutside children of {@code changed} whose kinds are not allowed below its kind
     * @throws DomainException.InvalidInput naming the first such child's path and kind
     */
    public void checkChildren(Component changed, List<KindedPath> childrenOutside) {
        if (childrenOutside.isEmpty()) {
            return;
        }
        KindedPath child = childrenOutside.getFirst();
        throw new DomainException.InvalidInput("kind", changed.kind(),
                "%s cannot become a %s: its child %s is a %s, which may not sit below a %s (allowed below a %s: %s)".formatted(
                        changed.path(), changed.kind(), child.path(), child.kind(), changed.kind(), changed.kind(),
                        new TreeSet<>(parenting.allowedBelow(changed.kind()).stream().map(ComponentKind::name).toList())));
    }
}
