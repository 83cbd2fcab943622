package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;
import static dev.opstracker.persistence.jooq.Tables.TASK_LINK;

import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.jooq.tables.records.TaskLinkRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The {@code task_link} side of {@link JooqComponentStore}. Deleting a component turns its links
 * into tombstones through the foreign key's {@code ON DELETE SET NULL}, in the same statement.
 */
final class TaskLinks {

    private final DSLContext dsl;

    TaskLinks(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Links a task, copying the component's current path in the same statement, so that a link
     * never names a component that is gone; a live link in the same role is returned as it is.
     */
    TaskLink link(TaskLink link) {
        ComponentId componentId = link.componentId();
        Optional<TaskLink> existing = find(link.taskId(), componentId, link.role());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            int inserted = dsl.insertInto(TASK_LINK, TASK_LINK.TASK_ID, TASK_LINK.COMPONENT_ID, TASK_LINK.PATH_AT_LINK, TASK_LINK.ROLE, TASK_LINK.LINKED_AT)
                    .select(DSL.select(DSL.val(link.taskId().value()), COMPONENT.ID, COMPONENT.PATH, DSL.val(link.role().name()), DSL.val(link.linkedAt(), TASK_LINK.LINKED_AT))
                            .from(COMPONENT)
                            .where(COMPONENT.ID.eq(componentId.value())))
                    .execute();
            if (inserted == 0) {
                throw new DomainException.NotFound("component", componentId.toString());
            }
        } catch (DataAccessException failure) {
            // A concurrent link in the same role won the race (or the component went away meanwhile).
            if (!ConstraintViolations.brokenBy(failure).isPresent()) {
                throw failure;
            }
        }
        return find(link.taskId(), componentId, link.role())
                .orElseThrow(() -> new DomainException.NotFound("component", componentId.toString()));
    }

    boolean unlink(TaskId taskId, ComponentId componentId, LinkRole role) {
        return dsl.deleteFrom(TASK_LINK).where(live(taskId, componentId, role)).execute() > 0;
    }

    /** One page of the links of a task, tombstones included, after the link the cursor names. */
    Page<TaskLink> ofTask(TaskId taskId, PageRequest page) {
        return pageOf(TASK_LINK.TASK_ID.eq(taskId.value()), page);
    }

    /** One page of live links to a component (or its subtree), after the link the cursor names. */
    Page<TaskLink> ofComponent(ComponentId id, boolean subtree, PageRequest page) {
        String idPath = dsl.select(COMPONENT.ID_PATH).from(COMPONENT).where(COMPONENT.ID.eq(id.value())).fetchOne(COMPONENT.ID_PATH);
        if (idPath == null) {
            throw new DomainException.NotFound("component", id.toString());
        }
        Condition covered = subtree
                ? TASK_LINK.COMPONENT_ID.in(DSL.select(COMPONENT.ID).from(COMPONENT).where(ComponentTree.subtree(COMPONENT.ID_PATH, idPath)))
                : TASK_LINK.COMPONENT_ID.eq(id.value());
        return pageOf(covered, page);
    }

    /** Keyset paging on the link id: the cursor is the id of the last link of the previous page. */
    private Page<TaskLink> pageOf(Condition covered, PageRequest page) {
        List<TaskLinkRecord> records = dsl.selectFrom(TASK_LINK)
                .where(covered, TASK_LINK.ID.gt(page.afterId()))
                .orderBy(TASK_LINK.ID)
                .limit(page.limit() + 1)
                .fetch();
        Page<TaskLinkRecord> window = Page.ofLookahead(records, page, () -> dsl.fetchCount(TASK_LINK, covered), TaskLinkRecord::getId);
        return new Page<>(window.items().stream().map(TaskLinks::toLink).toList(), window.next(), window.total(), window.totalExact());
    }

    private Optional<TaskLink> find(TaskId taskId, ComponentId componentId, LinkRole role) {
        return dsl.selectFrom(TASK_LINK).where(live(taskId, componentId, role)).fetchOptional(TaskLinks::toLink);
    }

    private static Condition live(TaskId taskId, ComponentId componentId, LinkRole role) {
        return TASK_LINK.TASK_ID.eq(taskId.value()).and(TASK_LINK.COMPONENT_ID.eq(componentId.value())).and(TASK_LINK.ROLE.eq(role.name()));
    }

    private static TaskLink toLink(TaskLinkRecord record) {
        Long componentId = record.getComponentId();
        return new TaskLink(TaskId.of(record.getTaskId()), componentId == null ? null : ComponentId.of(componentId),
                ComponentRecordMapper.path(record.getPathAtLink()), LinkRole.valueOf(record.getRole()), record.getLinkedAt());
    }
}
