package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;
import static dev.opstracker.persistence.jooq.Tables.COMPONENT_ANCESTOR;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.persistence.jooq.tables.records.ComponentRecord;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.persistence.jooq.tables.ComponentAncestor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * Keeps what {@link JooqComponentStore} derives from the tree in step with it, inside the caller's
 * transaction: the closure table {@code component_ancestor} and the paths below a renamed or
 * moved component (see {@link ComponentTags} for the inherited tags).
 */
final class ComponentTree {

    private static final ComponentAncestor ABOVE = COMPONENT_ANCESTOR.as("above");
    private static final ComponentAncestor BELOW = COMPONENT_ANCESTOR.as("below");
    static final int ROWS_PER_STATEMENT = 500;

    private ComponentTree() {
    }

    /**
     * Locks these components and every component above them, a level at a time from the root and
     * by ascending id within a level, and returns the paths of the given ones that exist. Every
     * write locks in that order (its chain above, then the component, then what lies below), so
     * writers on one branch queue rather than deadlock, and a rename or move of any ancestor
     * waits for the caller (or the caller for it): a new child never keeps a path from before it.
     */
    static Map<Long, ComponentPath> lockAncestry(DSLContext db, Set<Long> ids) {
        // Read the chain first without locks (H2 would run a subquery again for every component row), then lock it level by level.
        TreeMap<Integer, List<Long>> levels = new TreeMap<>();
        for (List<Long> chunk : chunks(List.copyOf(ids))) {
            db.selectDistinct(COMPONENT.DEPTH, COMPONENT.ID).from(COMPONENT_ANCESTOR)
                    .join(COMPONENT).on(COMPONENT.ID.eq(COMPONENT_ANCESTOR.ANCESTOR_ID))
                    .where(COMPONENT_ANCESTOR.DESCENDANT_ID.in(chunk))
                    .forEach(row -> levels.computeIfAbsent(row.value1(), any -> new ArrayList<>()).add(row.value2()));
        }
        Map<Long, ComponentPath> paths = new HashMap<>();
        for (List<Long> level : levels.values()) {
            List<Long> sorted = level.stream().distinct().sorted().toList();
            for (List<Long> chunk : chunks(sorted)) {
                db.select(COMPONENT.ID, COMPONENT.PATH).from(COMPONENT)
                        .where(COMPONENT.ID.in(chunk))
                        .orderBy(COMPONENT.ID)
                        .forUpdate()
                        .forEach(row -> {
                            if (ids.contains(row.value1())) {
                                paths.put(row.value1(), ComponentRecordMapper.path(row.value2()));
                            }
                        });
            }
        }
        return paths;
    }

    /** Checks a locked parent (null: gone) still sits where the child's path says. */
    static void checkParent(ComponentPath parentPath, long parentId, ComponentPath childPath) {
        if (parentPath == null) {
            throw new DomainException.NotFound("component", Long.toString(parentId));
        }
        if (!parentPath.child(childPath.name()).equals(childPath)) {
            throw new DomainException.Conflict("stale-parent",
                    "the parent of %s is now at %s: reload it and apply the change again".formatted(childPath, parentPath));
        }
    }

    /**
     * Writes a changed component over its locked, version-checked row {@code stored}, and brings
     * the paths, ancestry (with the kind it records) and inherited tags below it in step.
     */
    static void replace(DSLContext db, Component changed, ComponentRecord stored, boolean moved) {
        long id = changed.id().value();
        Long newParentId = changed.parentId() == null ? null : changed.parentId().value();
        boolean retagged = !ComponentReads.tagsOf(db, id).equals(changed.tags());
        boolean repathed = !stored.getPath().equals(changed.path().toString());
        List<Node> subtree = moved || retagged || repathed ? lockSubtree(db, id) : List.of();
        db.update(COMPONENT).set(ComponentRecordMapper.toRecord(changed)).where(COMPONENT.ID.eq(id)).execute();
        if (!stored.getKind().equals(changed.kind().name())) {
            db.update(COMPONENT_ANCESTOR).set(COMPONENT_ANCESTOR.DESCENDANT_KIND, changed.kind().name())
                    .where(COMPONENT_ANCESTOR.DESCENDANT_ID.eq(id))
                    .execute();
        }
        if (repathed) {
            rebaseDescendants(db, subtree, changed.path(), changed.updatedAt());
        }
        if (moved) {
            moveAncestors(db, subtree, newParentId);
        }
        if (retagged) {
            ComponentTags.replaceOwnTags(db, id, changed.tags());
        }
        if (moved || retagged) {
            ComponentTags.refreshEffectiveTags(db, subtree, newParentId);
        }
    }

    /**
     * Locks a component and everything below it and returns their rows, parents before children.
     * Later statements name these ids outright: H2 would run a subquery on the closure table again
     * for every row a DELETE or UPDATE touches.
     */
    static List<Node> lockSubtree(DSLContext db, long id) {
        return db.select(COMPONENT.ID, COMPONENT.PARENT_ID, COMPONENT.PATH).from(COMPONENT)
                .where(COMPONENT.ID.in(DSL.select(COMPONENT_ANCESTOR.DESCENDANT_ID).from(COMPONENT_ANCESTOR)
                        .where(COMPONENT_ANCESTOR.ANCESTOR_ID.eq(id))))
                .orderBy(COMPONENT.DEPTH, COMPONENT.ID)
                .forUpdate()
                .fetch(row -> new Node(row.value1(), row.value2(), ComponentRecordMapper.path(row.value3())));
    }

    /**
     * Replaces the ancestors of a moved subtree above its top by those of {@code newParentId} (null: none);
     * the new rows take each descendant's kind from its row below the top.
     */
    static void moveAncestors(DSLContext db, List<Node> subtree, Long newParentId) {
        long top = subtree.get(0).id();
        List<Long> oldAncestors = db.select(COMPONENT_ANCESTOR.ANCESTOR_ID).from(COMPONENT_ANCESTOR)
                .where(COMPONENT_ANCESTOR.DESCENDANT_ID.eq(top), COMPONENT_ANCESTOR.DISTANCE.gt(0))
                .fetch(COMPONENT_ANCESTOR.ANCESTOR_ID);
        for (List<Long> chunk : chunks(ids(subtree))) {
            db.deleteFrom(COMPONENT_ANCESTOR)
                    .where(COMPONENT_ANCESTOR.DESCENDANT_ID.in(chunk), COMPONENT_ANCESTOR.ANCESTOR_ID.in(oldAncestors))
                    .execute();
        }
        if (newParentId != null) {
            db.insertInto(COMPONENT_ANCESTOR, COMPONENT_ANCESTOR.ANCESTOR_ID, COMPONENT_ANCESTOR.DESCENDANT_ID, COMPONENT_ANCESTOR.DISTANCE,
                            COMPONENT_ANCESTOR.DESCENDANT_KIND)
                    .select(DSL.select(ABOVE.ANCESTOR_ID, BELOW.DESCENDANT_ID, ABOVE.DISTANCE.plus(BELOW.DISTANCE).plus(1), BELOW.DESCENDANT_KIND)
                            .from(ABOVE).crossJoin(BELOW)
                            .where(ABOVE.DESCENDANT_ID.eq(newParentId), BELOW.ANCESTOR_ID.eq(top)))
                    .execute();
        }
    }

    /** Rewrites the paths below a component whose path changed; each descendant gets one version more. */
    static void rebaseDescendants(DSLContext db, List<Node> subtree, ComponentPath newPath, Instant now) {
        ComponentPath oldPath = subtree.get(0).path();
        List<Query> updates = new ArrayList<>();
        for (Node node : subtree.subList(1, subtree.size())) {
            ComponentPath moved = node.path().rebase(oldPath, newPath);
            updates.add(db.update(COMPONENT)
                    .set(COMPONENT.PATH, moved.toString())
                    .set(COMPONENT.PATH_HASH, ComponentRecordMapper.pathHash(moved))
                    .set(COMPONENT.DEPTH, moved.depth())
                    .set(COMPONENT.UPDATED_AT, now)
                    .set(COMPONENT.VERSION, COMPONENT.VERSION.plus(1))
                    .where(COMPONENT.ID.eq(node.id())));
        }
        if (!updates.isEmpty()) {
            db.batch(updates).execute();
        }
    }

    static List<Long> ids(List<Node> subtree) {
        return subtree.stream().map(Node::id).toList();
    }

    static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < items.size(); start += ROWS_PER_STATEMENT) {
            chunks.add(items.subList(start, Math.min(items.size(), start + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }

    /** A component of a locked subtree as it was before the change. */
    record Node(long id, Long parentId, ComponentPath path) {
    }
}
