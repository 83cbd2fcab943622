package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;
import static dev.opstracker.persistence.jooq.Tables.TASK_LINK;

import dev.opstracker.domain.infra.WorkOverlap;
import dev.opstracker.domain.task.TaskId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Row2;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The in-progress tasks near one task, in five statements that each read at most a row per task,
 * whatever the size of the subtrees: the id_paths of the task's components, the lowest task ids
 * (MariaDB allows no LIMIT inside IN), then per task the lowest overlapping component of theirs,
 * the lowest of ours beside it, and the current paths of both.
 */
final class InProgressOverlaps {

    private final DSLContext dsl;
    private final List<String> ourIdPaths;
    private final Table<Record3<Long, Long, Long>> near;
    private final Field<Long> otherTask;
    private final Field<Long> theirsId;
    private final Field<Long> oursId;

    InProgressOverlaps(DSLContext dsl, TaskId taskId) {
        this.dsl = dsl;
        this.ourIdPaths = dsl.selectDistinct(COMPONENT.ID_PATH).from(TASK_LINK).join(COMPONENT).on(COMPONENT.ID.eq(TASK_LINK.COMPONENT_ID))
                .where(TASK_LINK.TASK_ID.eq(taskId.value()))
                .fetch(COMPONENT.ID_PATH);
        Set<Long> ancestorIds = new HashSet<>();
        ourIdPaths.forEach(idPath -> ancestorIds.addAll(ComponentTree.idsOf(idPath)));
        // Above and below both include the component itself; a repeated row changes nothing.
        this.near = JooqLinkedWork.near(taskId, true, ancestorIds, ourIdPaths).unionAll(JooqLinkedWork.near(taskId, false, ancestorIds, ourIdPaths))
                .asTable("near", "task_id", "theirs_id", "ours_id");
        this.otherTask = near.field("task_id", Long.class);
        this.theirsId = near.field("theirs_id", Long.class);
        this.oursId = near.field("ours_id", Long.class);
    }

    List<WorkOverlap> first(int limit) {
        if (ourIdPaths.isEmpty()) {
            return List.of();
        }
        List<Long> tasks = dsl.selectDistinct(otherTask).from(near).orderBy(otherTask).limit(limit).fetch(otherTask);
        if (tasks.isEmpty()) {
            return List.of();
        }
        // The lowest pair per task, chosen in the database: a task linked high in a big tree overlaps in many pairs.
        Map<Long, Long> theirs = dsl.select(otherTask, DSL.min(theirsId)).from(near).where(otherTask.in(tasks)).groupBy(otherTask)
                .fetchMap(otherTask, DSL.min(theirsId));
        List<Row2<Long, Long>> chosen = theirs.entrySet().stream().map(entry -> DSL.row(entry.getKey(), entry.getValue())).toList();
        Map<Long, Long> ours = dsl.select(otherTask, DSL.min(oursId)).from(near).where(DSL.row(otherTask, theirsId).in(chosen)).groupBy(otherTask)
                .fetchMap(otherTask, DSL.min(oursId));
        Set<Long> ids = new HashSet<>(theirs.values());
        ids.addAll(ours.values());
        Map<Long, String> paths = dsl.select(COMPONENT.ID, COMPONENT.PATH).from(COMPONENT).where(COMPONENT.ID.in(ids)).fetchMap(COMPONENT.ID, COMPONENT.PATH);
        return new TreeMap<>(theirs).entrySet().stream()
                .filter(entry -> ours.containsKey(entry.getKey()) && paths.containsKey(entry.getValue()) && paths.containsKey(ours.get(entry.getKey())))
                .map(entry -> new WorkOverlap(TaskId.of(entry.getKey()), ComponentRecordMapper.path(paths.get(entry.getValue())),
                        ComponentRecordMapper.path(paths.get(ours.get(entry.getKey())))))
                .toList();
    }
}
