package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;
import static dev.opstracker.persistence.jooq.Tables.COMPONENT_ANCESTOR;
import static dev.opstracker.persistence.jooq.Tables.COMPONENT_TAG;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.persistence.jooq.tables.ComponentTag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Table;

/**
 * The read side of {@link JooqComponentStore}. A component is a {@code component} row plus its
 * {@code component_tag} rows, so each read is one statement joining the two: H2 and InnoDB answer
 * it from one snapshot, never pairing a row with tags of another version.
 */
final class ComponentReads {

    private static final ComponentTag TAG = COMPONENT_TAG.as("own_tag");
    private static final Field<?>[] COMPONENT_WITH_TAG = Stream.concat(Stream.of(COMPONENT.fields()), Stream.of(TAG.TAG_KEY, TAG.TAG_VALUE))
            .toArray(Field<?>[]::new);

    private final DSLContext dsl;

    ComponentReads(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Component> find(ComponentId id) {
        return findWhere(COMPONENT.ID.eq(id.value()));
    }

    Optional<Component> findByPath(ComponentPath path) {
        return findWhere(COMPONENT.PATH_HASH.eq(ComponentRecordMapper.pathHash(path)).and(COMPONENT.PATH.eq(path.toString())));
    }

    Optional<Component> findByExternalId(String externalId) {
        return findWhere(COMPONENT.EXTERNAL_ID.eq(externalId));
    }

    /** The components at these paths, looked up by path hash a few hundred at a time. */
    List<Component> findAllByPath(Collection<ComponentPath> paths) {
        Set<ComponentPath> wanted = Set.copyOf(paths);
        List<Component> found = new ArrayList<>();
        for (List<ComponentPath> chunk : ComponentTree.chunks(List.copyOf(wanted))) {
            List<String> hashes = chunk.stream().map(ComponentRecordMapper::pathHash).toList();
            findAllWhere(COMPONENT.PATH_HASH.in(hashes)).stream().filter(component -> wanted.contains(component.path())).forEach(found::add);
        }
        return found;
    }

    List<Component> findAllByExternalId(Collection<String> externalIds) {
        List<Component> found = new ArrayList<>();
        for (List<String> chunk : ComponentTree.chunks(List.copyOf(Set.copyOf(externalIds)))) {
            found.addAll(findAllWhere(COMPONENT.EXTERNAL_ID.in(chunk)));
        }
        return found;
    }

    List<Component> ancestors(ComponentId id) {
        return assemble(dsl.select(COMPONENT_WITH_TAG)
                .from(COMPONENT_ANCESTOR)
                .join(COMPONENT).on(COMPONENT.ID.eq(COMPONENT_ANCESTOR.ANCESTOR_ID))
                .leftJoin(TAG).on(TAG.COMPONENT_ID.eq(COMPONENT.ID))
                .where(COMPONENT_ANCESTOR.DESCENDANT_ID.eq(id.value()), COMPONENT_ANCESTOR.DISTANCE.gt(0))
                .orderBy(COMPONENT_ANCESTOR.DISTANCE.desc())
                .fetch());
    }

    boolean hasChildren(ComponentId id) {
        return dsl.fetchExists(COMPONENT, COMPONENT.PARENT_ID.eq(id.value()));
    }

    /**
     * One page of matching components: the page's ids are chosen in a derived table, then joined
     * to their rows and tags, in one statement. The count, when the request wants it and the page
     * does not already show every match, is a second statement that reads every match (on a broad
     * search far more than the page); {@link Page} keeps it from falling below the page's size.
     */
    Page<Component> query(ComponentQuery query, PageRequest page) {
        Condition matches = ComponentQueryConditions.of(query);
        Table<Record1<Long>> pageIds = dsl.select(COMPONENT.ID)
                .from(COMPONENT)
                .where(matches, COMPONENT.ID.gt(page.afterId()))
                .orderBy(COMPONENT.ID)
                .limit(page.limit() + 1)
                .asTable("page_ids");
        List<Component> components = assemble(dsl.select(COMPONENT_WITH_TAG)
                .from(pageIds)
                .join(COMPONENT).on(COMPONENT.ID.eq(pageIds.field(COMPONENT.ID)))
                .leftJoin(TAG).on(TAG.COMPONENT_ID.eq(COMPONENT.ID))
                .orderBy(COMPONENT.ID)
                .fetch());
        return Page.ofLookahead(components, page, () -> dsl.fetchCount(COMPONENT, matches), component -> component.id().value());
    }

    /** The own tags of one component, read in {@code db}'s transaction. */
    static Map<String, String> tagsOf(DSLContext db, long componentId) {
        return db.select(COMPONENT_TAG.TAG_KEY, COMPONENT_TAG.TAG_VALUE)
                .from(COMPONENT_TAG)
                .where(COMPONENT_TAG.COMPONENT_ID.eq(componentId))
                .fetchMap(COMPONENT_TAG.TAG_KEY, COMPONENT_TAG.TAG_VALUE);
    }

    private Optional<Component> findWhere(Condition condition) {
        return findAllWhere(condition).stream().findFirst();
    }

    private List<Component> findAllWhere(Condition condition) {
        return assemble(dsl.select(COMPONENT_WITH_TAG)
                .from(COMPONENT)
                .leftJoin(TAG).on(TAG.COMPONENT_ID.eq(COMPONENT.ID))
                .where(condition)
                .fetch());
    }

    /** Components from rows of {@link #COMPONENT_WITH_TAG}, one row per tag (or one with nulls), in order of first appearance. */
    private static List<Component> assemble(Iterable<? extends Record> rows) {
        Map<Long, Record> components = new LinkedHashMap<>();
        Map<Long, Map<String, String>> tags = new HashMap<>();
        for (Record row : rows) {
            Long id = row.get(COMPONENT.ID);
            components.putIfAbsent(id, row);
            String key = row.get(TAG.TAG_KEY);
            if (key != null) {
                tags.computeIfAbsent(id, any -> new HashMap<>()).put(key, row.get(TAG.TAG_VALUE));
            }
        }
        List<Component> assembled = new ArrayList<>(components.size());
        components.forEach((id, row) -> assembled.add(ComponentRecordMapper.toComponent(row, tags.getOrDefault(id, Map.of()))));
        return assembled;
    }
}
