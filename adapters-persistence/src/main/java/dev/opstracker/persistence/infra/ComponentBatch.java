package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;
import static dev.opstracker.persistence.jooq.Tables.COMPONENT_ANCESTOR;
import static dev.opstracker.persistence.jooq.Tables.COMPONENT_EFFECTIVE_TAG;

import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.NewComponent;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.persistence.jooq.tables.records.ComponentRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.InsertValuesStep4;
import org.jooq.Record3;
import org.jooq.Result;

/**
 * Adds many components inside the caller's transaction with a handful of statements per few
 * hundred rows: the rows, their ancestry and their tags are written as multi-row inserts, and
 * what they inherit is read once per batch from their (already stored) parents.
 */
final class ComponentBatch {

    private ComponentBatch() {
    }

    /** Stores {@code components}, whose parents are stored already and which {@link #refuseTwins} passed, and returns their ids in order. */
    static List<Long> addAll(DSLContext db, List<NewComponent> components) {
        Set<Long> parentIds = new HashSet<>();
        components.stream().filter(component -> component.parentId() != null).forEach(component -> parentIds.add(component.parentId().value()));
        Map<Long, ComponentPath> parents = ComponentTree.lockAncestry(db, parentIds);
        for (NewComponent component : components) {
            if (component.parentId() != null) {
                ComponentTree.checkParent(parents.get(component.parentId().value()), component.parentId().value(), component.path());
            }
        }
        List<Long> ids = insertRows(db, components);
        insertAncestry(db, components, ids, parentIds);
        insertTags(db, components, ids, parentIds);
        return ids;
    }

    /** Two new components at one path or with one external id: named here, as the unique keys would name only a hash. */
    static void refuseTwins(List<NewComponent> components) {
        Set<ComponentPath> paths = new HashSet<>();
        Set<String> externalIds = new HashSet<>();
        for (NewComponent component : components) {
            if (!paths.add(component.path())) {
                throw new DomainException.Conflict("duplicate-path", "%s comes twice among the new components".formatted(component.path()));
            }
            if (component.externalId() != null && !externalIds.add(component.externalId())) {
                throw new DomainException.Conflict("duplicate-external-id",
                        "the external id %s comes twice among the new components".formatted(component.externalId()));
            }
        }
    }

    private static List<Long> insertRows(DSLContext db, List<NewComponent> components) {
        Map<String, Long> idsByHash = new HashMap<>();
        for (List<NewComponent> chunk : ComponentTree.chunks(components)) {
            InsertSetMoreStep<ComponentRecord> insert = null;
            for (NewComponent component : chunk) {
                ComponentRecord row = ComponentRecordMapper.toNewRecord(component);
                insert = insert == null ? db.insertInto(COMPONENT).set(row) : insert.newRecord().set(row);
            }
            insert.execute();
            List<String> hashes = chunk.stream().map(component -> ComponentRecordMapper.pathHash(component.path())).toList();
            db.select(COMPONENT.PATH_HASH, COMPONENT.ID).from(COMPONENT).where(COMPONENT.PATH_HASH.in(hashes))
                    .forEach(row -> idsByHash.put(row.value1(), row.value2()));
        }
        return components.stream().map(component -> idsByHash.get(ComponentRecordMapper.pathHash(component.path()))).toList();
    }

    /** Each new component is its own ancestor at distance 0, then every ancestor of its parent one further away; each row carries the component's kind. */
    private static void insertAncestry(DSLContext db, List<NewComponent> components, List<Long> ids, Set<Long> parentIds) {
        Map<Long, List<long[]>> aboveParents = new HashMap<>();
        for (List<Long> chunk : ComponentTree.chunks(List.copyOf(parentIds))) {
            db.select(COMPONENT_ANCESTOR.DESCENDANT_ID, COMPONENT_ANCESTOR.ANCESTOR_ID, COMPONENT_ANCESTOR.DISTANCE).from(COMPONENT_ANCESTOR)
                    .where(COMPONENT_ANCESTOR.DESCENDANT_ID.in(chunk))
                    .forEach(row -> aboveParents.computeIfAbsent(row.value1(), any -> new ArrayList<>())
                            .add(new long[] {row.value2(), row.value3()}));
        }
        List<long[]> rows = new ArrayList<>();
        Map<Long, String> kinds = new HashMap<>();
        for (int index = 0; index < components.size(); index++) {
            long id = ids.get(index);
            kinds.put(id, components.get(index).kind().name());
            rows.add(new long[] {id, id, 0});
            NewComponent component = components.get(index);
            if (component.parentId() != null) {
                for (long[] above : aboveParents.getOrDefault(component.parentId().value(), List.of())) {
                    rows.add(new long[] {above[0], id, above[1] + 1});
                }
            }
        }
        for (List<long[]> chunk : ComponentTree.chunks(rows)) {
            InsertValuesStep4<?, Long, Long, Integer, String> insert = db.insertInto(COMPONENT_ANCESTOR,
                    COMPONENT_ANCESTOR.ANCESTOR_ID, COMPONENT_ANCESTOR.DESCENDANT_ID, COMPONENT_ANCESTOR.DISTANCE, COMPONENT_ANCESTOR.DESCENDANT_KIND);
            for (long[] row : chunk) {
                insert = insert.values(row[0], row[1], (int) row[2], kinds.get(row[1]));
            }
            insert.execute();
        }
    }

    /** Own tags as given; effective tags are the parent's effective tags with the component's own winning. */
    private static void insertTags(DSLContext db, List<NewComponent> components, List<Long> ids, Set<Long> parentIds) {
        Map<Long, Map<String, String>> parentTags = new HashMap<>();
        for (List<Long> chunk : ComponentTree.chunks(List.copyOf(parentIds))) {
            Result<Record3<Long, String, String>> rows = db.select(COMPONENT_EFFECTIVE_TAG.COMPONENT_ID, COMPONENT_EFFECTIVE_TAG.TAG_KEY,
                    COMPONENT_EFFECTIVE_TAG.TAG_VALUE).from(COMPONENT_EFFECTIVE_TAG).where(COMPONENT_EFFECTIVE_TAG.COMPONENT_ID.in(chunk)).fetch();
            rows.forEach(row -> parentTags.computeIfAbsent(row.value1(), any -> new HashMap<>()).put(row.value2(), row.value3()));
        }
        List<ComponentTags.TagRow> own = new ArrayList<>();
        List<ComponentTags.TagRow> effective = new ArrayList<>();
        for (int index = 0; index < components.size(); index++) {
            NewComponent component = components.get(index);
            long id = ids.get(index);
            own.addAll(ComponentTags.TagRow.of(id, component.tags()));
            Map<String, String> seen = new TreeMap<>(component.parentId() == null ? Map.of()
                    : parentTags.getOrDefault(component.parentId().value(), Map.of()));
            seen.putAll(component.tags());
            effective.addAll(ComponentTags.TagRow.of(id, seen));
        }
        ComponentTags.insertTags(db, false, own);
        ComponentTags.insertTags(db, true, effective);
    }
}
