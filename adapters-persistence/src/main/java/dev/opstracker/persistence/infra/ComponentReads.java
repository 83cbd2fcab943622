package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The read side of {@link JooqComponentStore}. A component is one {@code component} row, its own
 * tags included, so each read is one statement and never pairs a row with tags of another version.
 */
final class ComponentReads {

    /** Every column a {@link Component} is made of (not the id_path or inherited tags, which only queries read). */
    static final Field<?>[] COMPONENT_FIELDS = Stream.of(COMPONENT.fields())
            .filter(field -> !field.equals(COMPONENT.ID_PATH) && !field.equals(COMPONENT.EFFECTIVE_TAGS) && !field.equals(COMPONENT.TAG_BITS))
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

    /** The components above this one, root first; none when it does not exist. */
    List<Component> ancestors(ComponentId id) {
        String idPath = dsl.select(COMPONENT.ID_PATH).from(COMPONENT).where(COMPONENT.ID.eq(id.value())).fetchOne(COMPONENT.ID_PATH);
        if (idPath == null) {
            return List.of();
        }
        List<Long> above = ComponentTree.idsOf(idPath);
        return dsl.select(COMPONENT_FIELDS).from(COMPONENT)
                .where(COMPONENT.ID.in(above.subList(0, above.size() - 1)))
                .orderBy(COMPONENT.DEPTH)
                .fetch(ComponentRecordMapper::toComponent);
    }

    boolean hasChildren(ComponentId id) {
        return dsl.fetchExists(COMPONENT, COMPONENT.PARENT_ID.eq(id.value()));
    }

    /**
     * One page of matching components: the page's ids are chosen in a derived table, then joined
     * to their rows, in one statement. On MariaDB a first page that wants the total counts every
     * match in the same statement ({@code COUNT(*) OVER ()}, taken before the limit), so InnoDB
     * finds the matches once; H2 gathers a window's rows slowly but counts an index range fast, so
     * there (and for later pages) a second statement counts, except for a subtree with tag terms
     * (see {@link #countedInOnePass}). {@link Page} keeps the count from
     * falling below the page's size.
     */
    Page<Component> query(ComponentQuery query, PageRequest page) {
        Condition matches = ComponentQueryConditions.of(dsl, query);
        boolean mariaDb = dsl.dialect().family() == SQLDialect.MARIADB;
        boolean countHere = page.countTotal() && page.afterId() == 0 && mariaDb;
        if (!mariaDb && page.countTotal() && page.afterId() == 0 && ComponentQueryConditions.subtreeWithTagTerms(query)) {
            return countedInOnePass(matches, page);
        }
        // InnoDB cannot tell how few rows a tag term leaves: reading in id order (the primary key or
        // (kind, id)) for ORDER BY ... LIMIT looks cheap to it and walks most of the table or kind.
        // A subtree range, then a sort of what it leaves, is bounded by the subtree.
        Table<?> candidates = mariaDb && ComponentQueryConditions.subtreeWithTagTerms(query) ? COMPONENT.ignoreIndexForOrderBy("PRIMARY", "component_kind_idx") : COMPONENT;
        Table<?> pageIds = dsl.select(COMPONENT.ID, countHere ? DSL.count().over().as("total") : DSL.inline(0).as("total"))
                .from(candidates)
                .where(matches, COMPONENT.ID.gt(page.afterId()))
                .orderBy(COMPONENT.ID)
                .limit(page.limit() + 1)
                .asTable("page_ids");
        Field<Integer> total = pageIds.field("total", Integer.class);
        Result<Record> rows = dsl.select(COMPONENT_FIELDS).select(total)
                .from(pageIds)
                .join(COMPONENT).on(COMPONENT.ID.eq(pageIds.field(COMPONENT.ID)))
                .orderBy(COMPONENT.ID)
                .fetch();
        List<Component> components = rows.map(ComponentRecordMapper::toComponent);
        if (countHere) {
            long counted = rows.isEmpty() ? 0 : rows.get(0).get(total);
            return Page.ofLookahead(components, page.limit(), counted, component -> component.id().value());
        }
        return Page.ofLookahead(components, page, () -> dsl.fetchCount(COMPONENT, matches), component -> component.id().value());
    }

    /**
     * On H2, the first page of a subtree with tag terms and its total from one pass over the
     * subtree's candidates: the matches' ids are few beside the candidates, and a count would read
     * every candidate again.
     */
    private Page<Component> countedInOnePass(Condition matches, PageRequest page) {
        List<Long> ids = dsl.select(COMPONENT.ID).from(COMPONENT).where(matches).orderBy(COMPONENT.ID).fetch(COMPONENT.ID);
        List<Component> components = dsl.select(COMPONENT_FIELDS).from(COMPONENT)
                .where(COMPONENT.ID.in(ids.subList(0, Math.min(ids.size(), page.limit() + 1))))
                .orderBy(COMPONENT.ID)
                .fetch(ComponentRecordMapper::toComponent);
        return Page.ofLookahead(components, page.limit(), ids.size(), component -> component.id().value());
    }

    private Optional<Component> findWhere(Condition condition) {
        return findAllWhere(condition).stream().findFirst();
    }

    private List<Component> findAllWhere(Condition condition) {
        return dsl.select(COMPONENT_FIELDS).from(COMPONENT).where(condition).fetch(ComponentRecordMapper::toComponent);
    }
}
