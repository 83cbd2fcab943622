package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;

import dev.opstracker.domain.infra.WorkOverlap;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.jooq.tables.Component;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Table;

/**
 * The in-progress tasks near one task, in two statements whatever the size of the subtrees: the
 * first picks the lowest task ids (MariaDB allows no LIMIT inside IN), the second reads their
 * overlapping links with both components' current paths, of which the lowest pair is kept per task.
 */
final class InProgressOverlaps {

    private static final Component THEIR_COMPONENT = COMPONENT.as("their_component");
    private static final Component OUR_COMPONENT = COMPONENT.as("our_component");
    private static final Comparator<Record> LOWEST_PAIR = Comparator.comparing((Record row) -> row.get(THEIR_COMPONENT.ID))
            .thenComparing(row -> row.get(OUR_COMPONENT.ID));

    private final DSLContext dsl;
    private final Table<Record3<Long, Long, Long>> near;
    private final Field<Long> otherTask;

    InProgressOverlaps(DSLContext dsl, TaskId taskId) {
        this.dsl = dsl;
        // Above and below both include the component itself (distance 0); a repeated row changes nothing.
        this.near = JooqLinkedWork.near(taskId, true).unionAll(JooqLinkedWork.near(taskId, false))
                .asTable("near", "task_id", "theirs_id", "ours_id");
        this.otherTask = near.field("task_id", Long.class);
    }

    List<WorkOverlap> first(int limit) {
        List<Long> tasks = dsl.selectDistinct(otherTask).from(near).orderBy(otherTask).limit(limit).fetch(otherTask);
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<Long, Record> lowest = new TreeMap<>();
        dsl.select(otherTask, THEIR_COMPONENT.ID, THEIR_COMPONENT.PATH, OUR_COMPONENT.ID, OUR_COMPONENT.PATH)
                .from(near)
                .join(THEIR_COMPONENT).on(THEIR_COMPONENT.ID.eq(near.field("theirs_id", Long.class)))
                .join(OUR_COMPONENT).on(OUR_COMPONENT.ID.eq(near.field("ours_id", Long.class)))
                .where(otherTask.in(tasks))
                .fetch()
                .forEach(row -> lowest.merge(row.get(otherTask), row, BinaryOperator.minBy(LOWEST_PAIR)));
        return lowest.values().stream()
                .map(row -> new WorkOverlap(TaskId.of(row.get(otherTask)), ComponentRecordMapper.path(row.get(THEIR_COMPONENT.PATH)),
                        ComponentRecordMapper.path(row.get(OUR_COMPONENT.PATH))))
                .toList();
    }
}
