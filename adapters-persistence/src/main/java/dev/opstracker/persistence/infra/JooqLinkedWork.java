package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;
import static dev.opstracker.persistence.jooq.Tables.TASK;
import static dev.opstracker.persistence.jooq.Tables.TASK_LINK;
import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.infra.ComponentWorkCount;
import dev.opstracker.domain.infra.LinkedWork;
import dev.opstracker.domain.infra.WorkOverlap;
import dev.opstracker.domain.shared.TimeRange;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.domain.task.TaskStatus;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.jooq.tables.Component;
import dev.opstracker.persistence.jooq.tables.TaskLink;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * {@link LinkedWork} as a few SQL statements over {@code task_link}, {@code task} and
 * {@code component} (a subtree is a range of its {@code id_path}): counts are grouped by the
 * database in a derived table, limited there, and joined to the components for their paths.
 * Safe for concurrent use.
 */
public final class JooqLinkedWork implements LinkedWork {

    private static final Component BELOW = COMPONENT.as("below");
    private static final List<String> CLOSED = Arrays.stream(TaskStatus.values()).filter(TaskStatus::isClosed).map(Enum::name).toList();

    private final DSLContext dsl;

    public JooqLinkedWork(Database database) {
        this.dsl = requireNonNull(database, "database is null").dsl();
    }

    @Override
    public List<ComponentWorkCount> openTaskCounts(ComponentQuery query, boolean subtree, int limit) {
        Condition matches = ComponentQueryConditions.of(dsl, requireNonNull(query, "query is null"));
        // Each matching component with the components its tasks may sit on: its subtree (an id_path range), or itself.
        Table<Record2<Long, Integer>> counts = DSL.select(COMPONENT.ID, DSL.countDistinct(TASK_LINK.TASK_ID))
                .from(COMPONENT)
                .join(BELOW).on(subtree ? ComponentTree.subtree(BELOW.ID_PATH, COMPONENT.ID_PATH) : BELOW.ID.eq(COMPONENT.ID))
                .join(TASK_LINK).on(TASK_LINK.COMPONENT_ID.eq(BELOW.ID))
                .join(TASK).on(TASK.ID.eq(TASK_LINK.TASK_ID))
                .where(TASK.STATUS.notIn(CLOSED), matches)
                .groupBy(COMPONENT.ID)
                .asTable("open_count", "component_id", "tasks");
        Field<Long> componentId = counts.field("component_id", Long.class);
        Field<Integer> tasks = DSL.coalesce(counts.field("tasks", Integer.class), 0);
        // Components without open tasks are listed as well, hence the outer join.
        return dsl.select(COMPONENT.ID, COMPONENT.PATH, tasks)
                .from(COMPONENT)
                .leftJoin(counts).on(componentId.eq(COMPONENT.ID))
                .where(matches)
                .orderBy(tasks.desc(), COMPONENT.ID)
                .limit(limit)
                .fetch(JooqLinkedWork::toCount);
    }

    @Override
    public List<ComponentWorkCount> mostWorkedOn(ComponentQuery query, TimeRange range, int limit) {
        Condition matches = ComponentQueryConditions.of(dsl, requireNonNull(query, "query is null"));
        Condition active = TASK.CREATED_AT.lt(range.to()).and(TASK.COMPLETED_AT.isNull().or(TASK.COMPLETED_AT.gt(range.from())));
        Table<Record2<Long, Integer>> counts = DSL.select(TASK_LINK.COMPONENT_ID, DSL.countDistinct(TASK_LINK.TASK_ID))
                .from(TASK_LINK)
                .join(TASK).on(TASK.ID.eq(TASK_LINK.TASK_ID))
                .where(active, TASK_LINK.COMPONENT_ID.in(DSL.select(COMPONENT.ID).from(COMPONENT).where(matches)))
                .groupBy(TASK_LINK.COMPONENT_ID)
                .asTable("worked", "component_id", "tasks");
        Field<Integer> tasks = counts.field("tasks", Integer.class);
        return dsl.select(COMPONENT.ID, COMPONENT.PATH, tasks)
                .from(counts)
                .join(COMPONENT).on(COMPONENT.ID.eq(counts.field("component_id", Long.class)))
                .orderBy(tasks.desc(), COMPONENT.ID)
                .limit(limit)
                .fetch(JooqLinkedWork::toCount);
    }

    @Override
    public List<TaskId> openTasksOn(ComponentId id, int limit) {
        return dsl.selectDistinct(TASK_LINK.TASK_ID).from(TASK_LINK)
                .join(TASK).on(TASK.ID.eq(TASK_LINK.TASK_ID))
                .where(TASK_LINK.COMPONENT_ID.eq(requireNonNull(id, "id is null").value()), TASK.STATUS.notIn(CLOSED))
                .orderBy(TASK_LINK.TASK_ID)
                .limit(limit)
                .fetch(row -> TaskId.of(row.value1()));
    }

    @Override
    public List<TaskId> tasksOn(ComponentQuery query, boolean subtree, int limit) {
        Condition matches = ComponentQueryConditions.of(dsl, requireNonNull(query, "query is null"));
        return dsl.selectDistinct(TASK_LINK.TASK_ID)
                .from(COMPONENT)
                .join(BELOW).on(subtree ? ComponentTree.subtree(BELOW.ID_PATH, COMPONENT.ID_PATH) : BELOW.ID.eq(COMPONENT.ID))
                .join(TASK_LINK).on(TASK_LINK.COMPONENT_ID.eq(BELOW.ID))
                .join(TASK).on(TASK.ID.eq(TASK_LINK.TASK_ID))
                .where(matches)
                .orderBy(TASK_LINK.TASK_ID)
                .limit(limit)
                .fetch(row -> TaskId.of(row.value1()));
    }

    @Override
    public List<WorkOverlap> inProgressNear(TaskId taskId, int limit) {
        return new InProgressOverlaps(dsl, requireNonNull(taskId, "taskId is null")).first(limit);
    }

    private static ComponentWorkCount toCount(Record3<Long, String, Integer> row) {
        return new ComponentWorkCount(ComponentId.of(row.value1()), ComponentRecordMapper.path(row.value2()), row.value3());
    }

    /**
     * Used by {@link InProgressOverlaps}: the links of tasks in progress near this task's live links,
     * one direction at a time. {@code ancestorIds} (theirs above) or {@code ourIdPaths} (theirs below)
     * bound the other side by values, so the database reads it by key or id_path range; the
     * id_path condition then pairs each of their components with ours.
     */
    static Select<Record3<Long, Long, Long>> near(TaskId taskId, boolean theirsAbove, Collection<Long> ancestorIds, Collection<String> ourIdPaths) {
        TaskLink mine = TASK_LINK.as("mine");
        TaskLink theirs = TASK_LINK.as("theirs");
        Component ours = COMPONENT.as("ours");
        Component their = COMPONENT.as("their");
        Condition bounded = theirsAbove ? their.ID.in(ancestorIds)
                : DSL.or(ourIdPaths.stream().map(idPath -> ComponentTree.subtree(their.ID_PATH, idPath)).toList());
        Condition paired = theirsAbove ? ComponentTree.subtree(ours.ID_PATH, their.ID_PATH) : ComponentTree.subtree(their.ID_PATH, ours.ID_PATH);
        return DSL.select(theirs.TASK_ID, theirs.COMPONENT_ID, mine.COMPONENT_ID)
                .from(mine)
                .join(ours).on(ours.ID.eq(mine.COMPONENT_ID))
                .join(their).on(bounded, paired)
                .join(theirs).on(theirs.COMPONENT_ID.eq(their.ID))
                .join(TASK).on(TASK.ID.eq(theirs.TASK_ID))
                .where(mine.TASK_ID.eq(taskId.value()), theirs.TASK_ID.ne(taskId.value()), TASK.STATUS.eq(TaskStatus.IN_PROGRESS.name()));
    }
}
