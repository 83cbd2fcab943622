package dev.opstracker.domain.infra;

import dev.opstracker.domain.shared.DomainException;
import java.util.List;
import java.util.Set;

/**
 * Where the registered component kinds and the parenting rules live, so that every node sharing
 * one database applies the same rules; and the few reads of the component tree that checking a
 * change of rules needs. Safe for concurrent use; each write is atomic and moves the revision on.
 */
public interface ComponentRulesStore {

    /** A number that changes with every change of the kinds or the parenting rules; cheap to read. */
    long revision();

    /** The kinds users registered (not the built-in ones), by name. */
    List<KindDefinition> registeredKinds();

    /**
     * Adds a kind to the catalogue.
     *
     * @throws DomainException.Conflict (reason {@code duplicate-kind}) when it is registered already
     */
    void registerKind(KindDefinition kind);

    /**
     * Removes a registered kind, checking in the same transaction that nothing uses it.
     *
     * @return false when the kind was not registered
     * @throws DomainException.Conflict (reason {@code kind-in-rules}) when the parenting rules name it, or
     *                                  ({@code kind-in-use}) counting the components of that kind
     */
    boolean unregisterKind(ComponentKind kind);

    /** The parenting rules; permissive until replaced. */
    ParentingRules parentingRules();

    /**
     * Replaces the parenting rules as a whole.
     *
     * @throws dev.opstracker.domain.shared.DomainException.InvalidInput (field {@code rules}) naming a kind that is
     *         neither built in nor registered, checked in the same transaction as the write
     */
    void replaceParentingRules(ParentingRules rules);

    /** Every distinct pair of (parent kind, child kind) the component tree holds, roots with a null parent kind. */
    Set<KindPair> kindPairsInUse();

    /** Up to {@code limit} components placed as {@code pair} says, by ascending id. */
    List<ComponentPath> pathsOf(KindPair pair, int limit);

    /**
     * Up to {@code limit} components directly below {@code parent} whose kind is not in {@code allowed}
     * (all of its children when {@code allowed} is empty), by ascending id.
     */
    List<KindedPath> childrenOutside(ComponentId parent, Set<ComponentKind> allowed, int limit);
}
