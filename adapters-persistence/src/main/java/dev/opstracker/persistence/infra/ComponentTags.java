package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT_EFFECTIVE_TAG;
import static dev.opstracker.persistence.jooq.Tables.COMPONENT_TAG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep3;

/**
 * A component's own tags ({@code component_tag}) and the tags queries see
 * ({@code component_effective_tag}: its ancestors' from the root down, its own winning), kept in
 * step inside the caller's transaction on adds, tag edits and moves.
 */
final class ComponentTags {

    private ComponentTags() {
    }

    /** Recomputes the effective tags of a subtree (parents before children), its top below {@code parentId}. */
    static void refreshEffectiveTags(DSLContext db, List<ComponentTree.Node> subtree, Long parentId) {
        Map<Long, Map<String, String>> own = new HashMap<>();
        for (List<Long> chunk : ComponentTree.chunks(ComponentTree.ids(subtree))) {
            db.select(COMPONENT_TAG.COMPONENT_ID, COMPONENT_TAG.TAG_KEY, COMPONENT_TAG.TAG_VALUE).from(COMPONENT_TAG)
                    .where(COMPONENT_TAG.COMPONENT_ID.in(chunk))
                    .forEach(row -> own.computeIfAbsent(row.value1(), any -> new HashMap<>()).put(row.value2(), row.value3()));
            db.deleteFrom(COMPONENT_EFFECTIVE_TAG).where(COMPONENT_EFFECTIVE_TAG.COMPONENT_ID.in(chunk)).execute();
        }
        Map<Long, Map<String, String>> effective = new HashMap<>();
        Map<String, String> above = parentId == null ? Map.of() : effectiveTagsOf(db, parentId);
        for (ComponentTree.Node node : subtree) {
            Map<String, String> tags = new TreeMap<>(effective.isEmpty() ? above : effective.get(node.parentId()));
            tags.putAll(own.getOrDefault(node.id(), Map.of()));
            effective.put(node.id(), tags);
        }
        List<TagRow> rows = new ArrayList<>();
        effective.forEach((node, tags) -> tags.forEach((key, value) -> rows.add(new TagRow(node, key, value))));
        insertTags(db, true, rows);
    }

    /** Replaces a component's own tags. */
    static void replaceOwnTags(DSLContext db, long id, Map<String, String> tags) {
        db.deleteFrom(COMPONENT_TAG).where(COMPONENT_TAG.COMPONENT_ID.eq(id)).execute();
        addOwnTags(db, id, tags);
    }

    /** Writes a component's own tags. */
    static void addOwnTags(DSLContext db, long id, Map<String, String> tags) {
        insertTags(db, false, TagRow.of(id, tags));
    }

    private static Map<String, String> effectiveTagsOf(DSLContext db, long id) {
        return db.select(COMPONENT_EFFECTIVE_TAG.TAG_KEY, COMPONENT_EFFECTIVE_TAG.TAG_VALUE).from(COMPONENT_EFFECTIVE_TAG)
                .where(COMPONENT_EFFECTIVE_TAG.COMPONENT_ID.eq(id))
                .fetchMap(COMPONENT_EFFECTIVE_TAG.TAG_KEY, COMPONENT_EFFECTIVE_TAG.TAG_VALUE);
    }

    /** Inserts own or effective tag rows, a few hundred to a statement. */
    static void insertTags(DSLContext db, boolean effective, List<TagRow> rows) {
        for (int start = 0; start < rows.size(); start += ComponentTree.ROWS_PER_STATEMENT) {
            InsertValuesStep3<?, Long, String, String> insert = effective
                    ? db.insertInto(COMPONENT_EFFECTIVE_TAG, COMPONENT_EFFECTIVE_TAG.COMPONENT_ID, COMPONENT_EFFECTIVE_TAG.TAG_KEY, COMPONENT_EFFECTIVE_TAG.TAG_VALUE)
                    : db.insertInto(COMPONENT_TAG, COMPONENT_TAG.COMPONENT_ID, COMPONENT_TAG.TAG_KEY, COMPONENT_TAG.TAG_VALUE);
            for (TagRow row : rows.subList(start, Math.min(rows.size(), start + ComponentTree.ROWS_PER_STATEMENT))) {
                insert = insert.values(row.componentId(), row.key(), row.value());
            }
            insert.execute();
        }
    }

    record TagRow(long componentId, String key, String value) {
        static List<TagRow> of(long id, Map<String, String> tags) {
            return tags.entrySet().stream().map(tag -> new TagRow(id, tag.getKey(), tag.getValue())).toList();
        }
    }
}
