package dev.opstracker.domain.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A piece of infrastructure in the tree. Immutable; every change returns a new component one
 * version higher. The canonical constructor is for stores restoring a saved component.
 *
 * @param parentId the component above this one; null for a root
 * @param path     the names from the root down to this component; unique
 * @param provider where it runs (inherited from the parent when not given at creation)
 */
public record Component(
        ComponentId id,
        ComponentId parentId,
        ComponentPath path,
        ComponentKind kind,
        Provider provider,
        String externalId,
        Map<String, String> tags,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static final long FIRST_VERSION = 1;

    public Component {
        requireNonNull(id, "id is null");
        requireNonNull(path, "path is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(provider, "provider is null");
        tags = Tags.copyOf(tags);
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
        if ((parentId == null) != (path.depth() == 1)) {
            throw new IllegalArgumentException("component %s at %s has parent %s".formatted(id, path, parentId));
        }
        if (version < FIRST_VERSION) {
            throw new IllegalArgumentException("component %s has version %d".formatted(id, version));
        }
    }

    /** The fields a person edits, as they are now. */
    public ComponentDetails details() {
        return new ComponentDetails(kind, name(), provider, externalId, tags);
    }

    /** The component's own name, the last name of its path. */
    public String name() {
        return path.name();
    }

    /**
     * Starts a new component below {@code parent} (null for a root), checking the parenting rules.
     *
     * @throws DomainException.InvalidInput when a root names no provider, or the rules forbid the parent's kind
     */
    public static NewComponent create(ComponentDetails details, Component parent, ParentingRules rules, Instant now) {
        Provider provider = details.provider();
        if (parent == null) {
            if (provider == null) {
                throw new DomainException.InvalidInput("provider", null, "a component without a parent needs a provider");
            }
            rules.checkRoot(details.kind());
            return new NewComponent(null, ComponentPath.root(details.name()), details.kind(), provider, details.externalId(), details.tags(), now);
        }
        rules.check(parent.kind(), details.kind());
        return new NewComponent(parent.id(), parent.path().child(details.name()), details.kind(),
                provider == null ? parent.provider() : provider, details.externalId(), details.tags(), now);
    }

    /** This component with new details (a new name changes its path and those of its descendants). */
    public Component edit(ComponentDetails details, Instant now) {
        Provider newProvider = details.provider() == null ? provider : details.provider();
        ComponentPath newPath = details.name().equals(name()) ? path
                : path.depth() == 1 ? ComponentPath.root(details.name()) : parentPath().child(details.name());
        Component edited = new Component(id, parentId, newPath, details.kind(), newProvider, details.externalId(), details.tags(),
                createdAt, updatedAt, version);
        return edited.equals(this) ? this : edited.touched(now);
    }

    /**
     * This component moved below {@code newParent} (null to make it a root).
     *
     * @throws DomainException.InvalidInput when the move would make it its own ancestor, or the rules forbid it
     */
    public Component moveUnder(Component newParent, ParentingRules rules, Instant now) {
        if (newParent == null) {
            rules.checkRoot(kind);
            return new Component(id, null, ComponentPath.root(name()), kind, provider, externalId, tags, createdAt, now, version + 1);
        }
        if (newParent.id().equals(id) || newParent.path().isWithin(path)) {
            throw new DomainException.InvalidInput("parent", newParent.path(),
                    "%s cannot be placed under itself or one of its descendants".formatted(path));
        }
        rules.check(newParent.kind(), kind);
        return new Component(id, newParent.id(), newParent.path().child(name()), kind, provider, externalId, tags, createdAt, now, version + 1);
    }

    /**
     * This component with new details below {@code newParent} (null for a root) as one change:
     * the same component when nothing differs, otherwise one version higher.
     */
    public Component reshape(ComponentDetails details, Component newParent, ParentingRules rules, Instant now) {
        boolean moves = newParent == null ? parentId != null : !newParent.id().equals(parentId);
        if (!details.kind().equals(kind) && !moves) {
            // A new kind must still be allowed below the parent it stays under.
            if (newParent == null) {
                rules.checkRoot(details.kind());
            } else {
                rules.check(newParent.kind(), details.kind());
            }
        }
        Component edited = (moves ? withKind(details.kind()).moveUnder(newParent, rules, now) : this).edit(details, now);
        if (edited == this) {
            return this;
        }
        return new Component(id, edited.parentId, edited.path, edited.kind, edited.provider, edited.externalId, edited.tags,
                createdAt, now, version + 1);
    }

    /** What the filter language sees of this component, given its ancestors' tags from the root down. */
    public ComponentFacts facts(List<Map<String, String>> ancestorTagsRootFirst) {
        List<Map<String, String>> levels = new ArrayList<>(ancestorTagsRootFirst);
        levels.add(tags);
        return new ComponentFacts(kind, name(), provider, path, Tags.inherited(levels));
    }

    /** Throws a stale-version conflict unless this component is at {@code expectedVersion}. */
    public void checkVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw DomainException.Conflict.staleVersion("component", id, expectedVersion, version);
        }
    }

    /** This component with another kind, for checking a move under the kind it will have. */
    private Component withKind(ComponentKind newKind) {
        return new Component(id, parentId, path, newKind, provider, externalId, tags, createdAt, updatedAt, version);
    }

    private ComponentPath parentPath() {
        return new ComponentPath(path.names().subList(0, path.depth() - 1));
    }

    private Component touched(Instant now) {
        return new Component(id, parentId, path, kind, provider, externalId, tags, createdAt, now, version + 1);
    }
}
