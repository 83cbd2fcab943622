package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentRules;
import dev.opstracker.domain.infra.ComponentRulesStore;
import dev.opstracker.domain.infra.KindCatalogue;
import dev.opstracker.domain.infra.KindDefinition;
import dev.opstracker.domain.infra.KindPair;
import dev.opstracker.domain.infra.NewComponent;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.shared.DomainException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the infrastructure map: which kinds of component exist (built-in plus registered)
 * and which kinds may parent which. They live in the store, so every node sharing a database
 * applies the same ones.
 *
 * <p>Component writes read them through {@link #current()}, which keeps a copy and checks it
 * against the store's revision number on every call: one primary-key read instead of loading the
 * kinds and rules, and never stale, even when another node changed them a moment ago. A write
 * racing a change of rules on another node can still slip through in the instant between that
 * check and its own insert; the rules are guidance for a tree people edit, not a database
 * constraint, so that window is accepted rather than locking every write. Past the critical storage
 * level its changes are refused ({@link StorageWatch}).
 */
public final class InfrastructureRules {

    /** How many breaking components a refused change of rules names. */
    static final int VIOLATIONS_SHOWN = 10;

    private final ComponentRulesStore store;
    private final StorageWatch storage;
    private volatile ComponentRules cached;

    /** Rules that do not watch storage. */
    public InfrastructureRules(ComponentRulesStore store) {
        this(store, StorageWatch.unwatched());
    }

    @Inject
    public InfrastructureRules(ComponentRulesStore store, StorageWatch storage) {
        this.store = requireNonNull(store, "store is null");
        this.storage = requireNonNull(storage, "storage is null");
    }

    /** Every kind components may have, built-in and registered, by name. */
    public List<KindDefinition> kinds() {
        return catalogue().all();
    }

    /**
     * Adds a kind of component.
     *
     * @throws DomainException.Conflict (reason {@code duplicate-kind}) when the kind exists, built-in or registered
     */
    public KindDefinition registerKind(ComponentKind kind, String description) {
        storage.requireRoomToWrite();
        KindDefinition definition = KindDefinition.registered(requireNonNull(kind, "kind is null"), description);
        if (kind.isBuiltIn()) {
            throw KindCatalogue.duplicate(kind);
        }
        store.registerKind(definition);
        return definition;
    }

    /**
     * Removes a registered kind no component has and the parenting rules do not name.
     *
     * @throws DomainException.NotFound when no such kind is registered
     * @throws DomainException.Conflict (reason {@code built-in-kind}, {@code kind-in-use} with the number of
     *                                  components, or {@code kind-in-rules})
     */
    public void unregisterKind(ComponentKind kind) {
        storage.requireRoomToWrite();
        if (requireNonNull(kind, "kind is null").isBuiltIn()) {
            throw KindCatalogue.builtIn(kind);
        }
        if (!store.unregisterKind(kind)) {
            throw new DomainException.NotFound("component kind", kind.name());
        }
    }

    /** The parenting rules as stored now. */
    public ParentingRules parentingRules() {
        return store.parentingRules();
    }

    /**
     * Replaces the parenting rules. Components the new rules would forbid where they stand make
     * this a conflict naming up to {@value #VIOLATIONS_SHOWN} of them, unless {@code force} is set,
     * in which case they stay where they are (and must obey the rules when next moved or re-kinded).
     *
     * @throws DomainException.InvalidInput (field {@code rules}) naming a kind that is not registered
     * @throws DomainException.Conflict (reason {@code rules-violated}) naming components the rules would forbid
     */
    public ParentingRules replaceParentingRules(ParentingRules rules, boolean force) {
        storage.requireRoomToWrite();
        requireNonNull(rules, "rules is null");
        KindCatalogue catalogue = catalogue();
        rules.kindsNamed().stream().sorted((left, right) -> left.name().compareTo(right.name()))
                .forEach(kind -> catalogue.require("rules", kind));
        if (!force) {
            List<String> breaking = breaking(rules);
            if (!breaking.isEmpty()) {
                throw new DomainException.Conflict("rules-violated",
                        "the new parenting rules forbid where these components stand: %s; move or change them first, or replace the rules with force"
                                .formatted(String.join(", ", breaking)));
            }
        }
        store.replaceParentingRules(rules);
        return rules;
    }

    /** The rules as they stand, re-read only when the store's revision moved on since the last read. */
    public ComponentRules current() {
        long revision = store.revision();
        ComponentRules copy = cached;
        if (copy == null || copy.revision() != revision) {
            // Revision first: a change landing between these reads leaves the copy labelled older, so the next call reloads.
            copy = new ComponentRules(revision, catalogue(), store.parentingRules());
            cached = copy;
        }
        return copy;
    }

    /** A new component below {@code parent} (null for a root), following the current rules. */
    NewComponent place(ComponentDetails details, Component parent, Instant now) {
        return current().place(details, parent, now);
    }

    /**
     * {@code current} with new details below {@code newParent}, following the current rules; a new
     * kind must also suit every child the component has.
     */
    Component reshape(Component current, ComponentDetails details, Component newParent, Instant now) {
        return reshape(current(), current, details, newParent, now);
    }

    /** As {@link #reshape(Component, ComponentDetails, Component, Instant)}, under rules the caller read once for many rows. */
    Component reshape(ComponentRules rules, Component current, ComponentDetails details, Component newParent, Instant now) {
        Component changed = rules.reshape(current, details, newParent, now);
        if (rules.childrenNeedChecking(current, changed)) {
            rules.checkChildren(changed, store.childrenOutside(current.id(), rules.parenting().allowedBelow(changed.kind()), 1));
        }
        return changed;
    }

    private KindCatalogue catalogue() {
        return KindCatalogue.withRegistered(store.registeredKinds());
    }

    /** Up to {@value #VIOLATIONS_SHOWN} components the rules forbid where they stand, each with its placement. */
    private List<String> breaking(ParentingRules rules) {
        List<String> breaking = new ArrayList<>();
        for (KindPair pair : rules.forbidden(store.kindPairsInUse())) {
            int room = VIOLATIONS_SHOWN - breaking.size();
            if (room == 0) {
                break;
            }
            store.pathsOf(pair, room).forEach(path -> breaking.add("%s (%s)".formatted(path, pair)));
        }
        return breaking;
    }
}
