package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;

import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.KindPair;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Which kinds sit below which in the component tree: the reads that checking a change of
 * parenting rules needs. A change of rules is rare and made by people, so a scan of the
 * component table (joined to itself once) is acceptable here.
 */
final class ComponentShapes {

    private static final dev.opstracker.persistence.jooq.tables.Component CHILD = COMPONENT.as("child");
    private static final dev.opstracker.persistence.jooq.tables.Component PARENT = COMPONENT.as("parent");

    private final DSLContext dsl;

    ComponentShapes(DSLContext dsl) {
        this.dsl = dsl;
    }

    Set<KindPair> kindPairsInUse() {
        return dsl.selectDistinct(PARENT.KIND, CHILD.KIND).from(CHILD).leftJoin(PARENT).on(CHILD.PARENT_ID.eq(PARENT.ID))
                .fetch(row -> new KindPair(row.value1() == null ? null : new ComponentKind(row.value1()), new ComponentKind(row.value2())))
                .stream().collect(Collectors.toUnmodifiableSet());
    }

    List<ComponentPath> pathsOf(KindPair pair, int limit) {
        Condition placed = pair.parent() == null ? CHILD.PARENT_ID.isNull() : PARENT.KIND.eq(pair.parent().name());
        return dsl.select(CHILD.PATH).from(CHILD).leftJoin(PARENT).on(CHILD.PARENT_ID.eq(PARENT.ID))
                .where(CHILD.KIND.eq(pair.child().name())).and(placed)
                .orderBy(CHILD.ID).limit(limit)
                .fetch(row -> ComponentRecordMapper.path(row.value1()));
    }
}
