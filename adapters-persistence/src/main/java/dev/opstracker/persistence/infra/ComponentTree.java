package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.persistence.jooq.tables.records.ComponentRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;

/**
 * Keeps what {@link JooqComponentStore} derives from the tree in step with it, inside the caller's
 * transaction: the {@code id_path} (ids from the root down) and the inherited tags
 * ({@code effective_tags}, {@code tag_bits}) of every component, and the paths below a renamed or moved component.
 */
final class ComponentTree {

    static final int ROWS_PER_STATEMENT = 500;
    /** Sorts right after the ten digits, as '/' sorts right before them: P || ':' bounds every id_path that starts with P. */
    private static final String AFTER_DIGITS = ":";

    private ComponentTree() {
    }

    /** The components of the subtree whose top has the id_path {@code idPath}: an index range on {@code column}. */
    static Condition subtree(Field<String> column, String idPath) {
        return column.ge(idPath).and(column.lt(idPath + AFTER_DIGITS));
    }

    /** As {@link #subtree(Field, String)}, for a top read in the same statement. */
    static Condition subtree(Field<String> column, Field<String> topIdPath) {
        return column.ge(topIdPath).and(column.lt(DSL.concat(topIdPath, DSL.inline(AFTER_DIGITS))));
    }

    /** The ids in an id_path, root first, the component itself last. */
    static List<Long> idsOf(String idPath) {
        List<Long> ids = new ArrayList<>();
        int start = 1;
        while (start < idPath.length()) {
            int end = idPath.indexOf('/', start);
            ids.add(Long.parseLong(idPath, start, end, 10));
            start = end + 1;
        }
        return ids;
    }

    /**
     * Locks these components and every component above them, a level at a time from the root and
     * by ascending id within a level, and returns what a child needs of the given ones that exist.
     * Every write locks in that order (its chain above, then the component, then what lies below),
     * so writers on one branch queue rather than deadlock, and a rename or move of any ancestor
     * waits for the caller (or the caller for it): a new child never keeps a path from before it.
     */
    static Map<Long, Locked> lockAncestry(DSLContext db, Set<Long> ids) {
        // Read the chains first without locks, then lock them level by level.
        TreeMap<Integer, List<Long>> levels = new TreeMap<>();
        for (List<Long> chunk : chunks(List.copyOf(ids))) {
            for (String idPath : db.select(COMPONENT.ID_PATH).from(COMPONENT).where(COMPONENT.ID.in(chunk)).fetch(COMPONENT.ID_PATH)) {
                List<Long> chain = idsOf(idPath);
                for (int level = 0; level < chain.size(); level++) {
                    levels.computeIfAbsent(level, any -> new ArrayList<>()).add(chain.get(level));
                }
            }
        }
        Map<Long, Locked> locked = new HashMap<>();
        for (List<Long> level : levels.values()) {
            List<Long> sorted = level.stream().distinct().sorted().toList();
            for (List<Long> chunk : chunks(sorted)) {
                db.select(COMPONENT.ID, COMPONENT.PATH, COMPONENT.ID_PATH, COMPONENT.EFFECTIVE_TAGS).from(COMPONENT)
                        .where(COMPONENT.ID.in(chunk))
                        .orderBy(COMPONENT.ID)
                        .forUpdate()
                        .forEach(row -> {
                            if (ids.contains(row.value1())) {
                                locked.put(row.value1(), new Locked(ComponentRecordMapper.path(row.value2()), row.value3(), row.value4()));
                            }
                        });
            }
        }
        return locked;
    }

    /** Checks a locked parent (null: gone) still sits where the child's path says. */
    static void checkParent(Locked parent, long parentId, ComponentPath childPath) {
        if (parent == null) {
            throw new DomainException.NotFound("component", Long.toString(parentId));
        }
        if (!parent.path().child(childPath.name()).equals(childPath)) {
            throw new DomainException.Conflict("stale-parent",
                    "the parent of %s is now at %s: reload it and apply the change again".formatted(childPath, parent.path()));
        }
    }

    /**
     * Writes a changed component over its locked, version-checked row {@code stored}, below its
     * locked {@code parent} (null: a root), and brings the paths, id_paths and inherited tags
     * below it in step. Descendants whose path changes get one version more.
     */
    static void replace(DSLContext db, Component changed, ComponentRecord stored, Locked parent) {
        long id = changed.id().value();
        boolean moved = !stored.getIdPath().equals(idPathBelow(parent, id));
        boolean retagged = !TagText.parse(stored.getOwnTags()).equals(changed.tags());
        boolean repathed = !stored.getPath().equals(changed.path().toString());
        List<Node> subtree = moved || retagged || repathed ? lockSubtree(db, stored.getIdPath()) : List.of();
        Map<Long, String> idPaths = new HashMap<>();
        Map<Long, Map<String, String>> effective = new HashMap<>();
        idPaths.put(id, idPathBelow(parent, id));
        effective.put(id, inherit(parent == null ? Map.of() : TagText.parse(parent.effectiveTags()), changed.tags()));
        db.update(COMPONENT).set(ComponentRecordMapper.toRecord(changed, idPaths.get(id), effective.get(id)))
                .where(COMPONENT.ID.eq(id)).execute();
        ComponentPath oldPath = ComponentRecordMapper.path(stored.getPath());
        List<Query> updates = new ArrayList<>();
        for (Node node : subtree.isEmpty() ? List.<Node>of() : subtree.subList(1, subtree.size())) {
            String idPath = idPaths.get(node.parentId()) + node.id() + "/";
            Map<String, String> tags = inherit(effective.get(node.parentId()), TagText.parse(node.ownTags()));
            idPaths.put(node.id(), idPath);
            effective.put(node.id(), tags);
            UpdateSetMoreStep<ComponentRecord> update = db.update(COMPONENT).set(COMPONENT.ID_PATH, idPath)
                    .set(COMPONENT.EFFECTIVE_TAGS, TagText.of(tags))
                    .set(COMPONENT.TAG_BITS, TagText.bits(tags));
            if (repathed) {
                ComponentPath path = node.path().rebase(oldPath, changed.path());
                update = update.set(COMPONENT.PATH, path.toString())
                        .set(COMPONENT.PATH_HASH, ComponentRecordMapper.pathHash(path))
                        .set(COMPONENT.DEPTH, path.depth())
                        .set(COMPONENT.UPDATED_AT, changed.updatedAt())
                        .set(COMPONENT.VERSION, COMPONENT.VERSION.plus(1));
            } else if (idPath.equals(node.idPath()) && TagText.of(tags).equals(node.effectiveTags())) {
                continue;
            }
            updates.add(update.where(COMPONENT.ID.eq(node.id())));
        }
        for (List<Query> chunk : chunks(updates)) {
            db.batch(chunk).execute();
        }
    }

    /** The tags a component shows to queries: those it inherits, its own winning. */
    static Map<String, String> inherit(Map<String, String> above, Map<String, String> own) {
        Map<String, String> tags = new TreeMap<>(above);
        tags.putAll(own);
        return tags;
    }

    static String idPathBelow(Locked parent, long id) {
        return (parent == null ? "/" : parent.idPath()) + id + "/";
    }

    /**
     * Locks a component and everything below it and returns their rows, parents before children
     * (the component first).
     */
    private static List<Node> lockSubtree(DSLContext db, String idPath) {
        return db.select(COMPONENT.ID, COMPONENT.PARENT_ID, COMPONENT.PATH, COMPONENT.ID_PATH, COMPONENT.OWN_TAGS, COMPONENT.EFFECTIVE_TAGS)
                .from(COMPONENT)
                .where(subtree(COMPONENT.ID_PATH, idPath))
                .orderBy(COMPONENT.DEPTH, COMPONENT.ID)
                .forUpdate()
                .fetch(row -> new Node(row.value1(), row.value2(), ComponentRecordMapper.path(row.value3()), row.value4(), row.value5(), row.value6()));
    }

    static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < items.size(); start += ROWS_PER_STATEMENT) {
            chunks.add(items.subList(start, Math.min(items.size(), start + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }

    /** What a child needs of a locked component: where it is, and what it passes down. */
    record Locked(ComponentPath path, String idPath, String effectiveTags) {
    }

    /** A component of a locked subtree as it was before the change. */
    private record Node(long id, Long parentId, ComponentPath path, String idPath, String ownTags, String effectiveTags) {
    }
}
