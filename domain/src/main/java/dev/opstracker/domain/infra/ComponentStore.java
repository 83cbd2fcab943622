package dev.opstracker.domain.infra;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where infrastructure components and their task links live. Implementations are safe for
 * concurrent use and make each call atomic: a failed call leaves nothing half-written. Paths and
 * external ids are unique, enforced by the store (not by a check before the write), so several
 * nodes sharing one database stay correct.
 */
public interface ComponentStore {

    /**
     * Stores a new component and returns it with the identity the store assigned (ascending).
     *
     * @throws DomainException.Conflict (reason {@code duplicate-path} or {@code duplicate-external-id}; or
     *                                  {@code stale-parent} when the parent moved or was renamed since the
     *                                  path was computed, so the caller should read the parent again)
     * @throws DomainException.NotFound when the parent no longer exists
     */
    Component add(NewComponent component);

    /**
     * Stores new components in one transaction, all or none, and returns them with the identities
     * the store assigned (ascending, in the order given). Each one's parent must be stored already:
     * a parent among {@code components} is not seen. Meant for imports of thousands at a time.
     *
     * @throws DomainException.Conflict as {@link #add}, naming the first offending path or external id
     * @throws DomainException.NotFound  when a parent does not exist
     */
    List<Component> addAll(List<NewComponent> components);

    Optional<Component> find(ComponentId id);

    /** The stored components at these paths, in no particular order; paths with none are left out. */
    List<Component> findAllByPath(Collection<ComponentPath> paths);

    /** The stored components with these external ids, in no particular order; ids with none are left out. */
    List<Component> findAllByExternalId(Collection<String> externalIds);

    Optional<Component> findByPath(ComponentPath path);

    Optional<Component> findByExternalId(String externalId);

    /** The components above this one, root first; empty for a root or an unknown id. */
    List<Component> ancestors(ComponentId id);

    /** Whether any component sits directly below this one. */
    boolean hasChildren(ComponentId id);

    /**
     * Replaces a stored component with {@code changed}, whose version must be one above the stored
     * one. When the path changed (a rename or a move), every descendant's path changes with it in
     * the same transaction; links keep pointing at the same components.
     *
     * @throws DomainException.NotFound when the component (or a new parent) does not exist
     * @throws DomainException.Conflict (reason {@code stale-version}, {@code duplicate-path} or {@code duplicate-external-id})
     */
    Component update(Component changed);

    /**
     * Deletes a component that has no children. Its task links stay as tombstones (no component,
     * the path they pointed at kept), so history never dangles.
     *
     * @throws DomainException.NotFound when there is no such component
     * @throws DomainException.Conflict (reason {@code has-children}) when components sit below it
     */
    void delete(ComponentId id);

    /**
     * As {@link #delete(ComponentId)}, but only while the stored component is at {@code expectedVersion}:
     * the check and the delete are one transaction, so a change made in between is never deleted unseen.
     *
     * @throws DomainException.Conflict (reason {@code stale-version}) when the component changed
     */
    void delete(ComponentId id, long expectedVersion);

    /**
     * The components matching {@code query} (as {@link ComponentQuery#matches} defines over each
     * component's {@link Component#facts facts}, inherited tags included), by ascending id.
     */
    Page<Component> query(ComponentQuery query, PageRequest page);

    /**
     * Links a task to a component in a role; linking again in the same role changes nothing and
     * returns the existing link, with the {@link TaskLink#linkedAt()} of its first making. The link records the component's path as it is when the link is
     * stored (whatever {@link TaskLink#pathAtLink()} the caller passed), so a later tombstone names
     * where the component really was.
     *
     * @throws DomainException.NotFound when the component does not exist
     */
    TaskLink link(TaskLink link);

    /** Removes a live link; false when there was none. Tombstones are never removed. */
    boolean unlink(TaskId taskId, ComponentId componentId, LinkRole role);

    /**
     * The links of a task, tombstones included, oldest first (in the order they were made), one
     * page at a time. The cursor names the last link read, so links made or removed between pages
     * neither repeat nor skip the others.
     */
    Page<TaskLink> linksOfTask(TaskId taskId, PageRequest page);

    /**
     * The live links to a component, or with {@code subtree} to it and every component below it,
     * oldest first (in the order they were made), one page at a time; the cursor names the last
     * link read, as for {@link #linksOfTask}.
     *
     * @throws DomainException.NotFound when the component does not exist
     */
    Page<TaskLink> linksOfComponent(ComponentId id, boolean subtree, PageRequest page);
}
