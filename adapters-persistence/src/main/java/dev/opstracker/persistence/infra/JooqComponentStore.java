package dev.opstracker.persistence.infra;

import static dev.opstracker.persistence.jooq.Tables.COMPONENT;
import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.NewComponent;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import dev.opstracker.persistence.Database;
import dev.opstracker.persistence.jooq.tables.records.ComponentRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * A {@link ComponentStore} in the {@code component} and {@code task_link} tables. Each component
 * row also holds its own tags, its id_path (the ids from the root down) and the tags it inherits,
 * kept in step with the tree in the same transaction as every write. Unique
 * paths and external ids are the database's unique keys, and a broken key decides the conflict,
 * so several nodes sharing one database stay correct. Safe for concurrent use.
 */
public final class JooqComponentStore implements ComponentStore {

    private final DSLContext dsl;
    private final ComponentReads reads;
    private final TaskLinks links;

    public JooqComponentStore(Database database) {
        this.dsl = requireNonNull(database, "database is null").dsl();
        this.reads = new ComponentReads(dsl);
        this.links = new TaskLinks(dsl);
    }

    @Override
    public Component add(NewComponent component) {
        // One way in for new components: a single add is a batch of one.
        return addAll(List.of(requireNonNull(component, "component is null"))).get(0);
    }

    @Override
    public List<Component> addAll(List<NewComponent> components) {
        List<NewComponent> batch = List.copyOf(requireNonNull(components, "components is null"));
        if (batch.isEmpty()) {
            return List.of();
        }
        ComponentBatch.refuseTwins(batch);
        long firstId = ComponentIds.take(dsl, batch.size());
        try {
            ConstraintViolations.writing(() -> dsl.transactionResult(transaction -> {
                ComponentBatch.addAll(transaction.dsl(), batch, firstId);
                return batch.size();
            }), null, null, () -> new DomainException.NotFound("component", "parent of one of " + batch.size() + " new components"));
        } catch (DomainException.Conflict clash) {
            throw nameTheClash(clash, batch);
        }
        List<Component> stored = new ArrayList<>(batch.size());
        for (int index = 0; index < batch.size(); index++) {
            stored.add(ComponentRecordMapper.asStored(batch.get(index).withId(ComponentId.of(firstId + index))));
        }
        return stored;
    }

    /** A unique key broken by a batch names only a hash (twins within the batch were refused before): read which path or external id was taken. */
    private DomainException.Conflict nameTheClash(DomainException.Conflict clash, List<NewComponent> batch) {
        if (clash.reason().equals("duplicate-path")) {
            return reads.findAllByPath(batch.stream().map(NewComponent::path).toList()).stream().findFirst()
                    .map(taken -> new DomainException.Conflict("duplicate-path", "a component exists at %s already".formatted(taken.path())))
                    .orElseGet(() -> unnamedClash(clash, batch));
        }
        if (clash.reason().equals("duplicate-external-id")) {
            return reads.findAllByExternalId(batch.stream().map(NewComponent::externalId).filter(Objects::nonNull).toList()).stream().findFirst()
                    .map(taken -> new DomainException.Conflict("duplicate-external-id",
                            "component %s has the external id %s already".formatted(taken.path(), taken.externalId())))
                    .orElseGet(() -> unnamedClash(clash, batch));
        }
        return clash;
    }

    /** The clashing component is gone again (its writer rolled back): name the batch instead. */
    private static DomainException.Conflict unnamedClash(DomainException.Conflict clash, List<NewComponent> batch) {
        return new DomainException.Conflict(clash.reason(), "one of %d new components (the first at %s) clashed with another being written at the same time"
                .formatted(batch.size(), batch.get(0).path()));
    }

    @Override
    public Optional<Component> find(ComponentId id) {
        return reads.find(requireNonNull(id, "id is null"));
    }

    @Override
    public Optional<Component> findByPath(ComponentPath path) {
        return reads.findByPath(requireNonNull(path, "path is null"));
    }

    @Override
    public Optional<Component> findByExternalId(String externalId) {
        return reads.findByExternalId(requireNonNull(externalId, "externalId is null"));
    }

    @Override
    public List<Component> findAllByPath(Collection<ComponentPath> paths) {
        return reads.findAllByPath(requireNonNull(paths, "paths is null"));
    }

    @Override
    public List<Component> findAllByExternalId(Collection<String> externalIds) {
        return reads.findAllByExternalId(requireNonNull(externalIds, "externalIds is null"));
    }

    @Override
    public List<Component> ancestors(ComponentId id) {
        return reads.ancestors(requireNonNull(id, "id is null"));
    }

    @Override
    public boolean hasChildren(ComponentId id) {
        return reads.hasChildren(requireNonNull(id, "id is null"));
    }

    @Override
    public Component update(Component changed) {
        requireNonNull(changed, "changed is null");
        long id = changed.id().value();
        Long newParentId = changed.parentId() == null ? null : changed.parentId().value();
        ConstraintViolations.writing(() -> dsl.transactionResult(transaction -> {
            DSLContext db = transaction.dsl();
            // The chain above first, then the component, then (in replace) what lies below: the order every write locks in.
            Map<Long, ComponentTree.Locked> parents = newParentId == null ? Map.of() : ComponentTree.lockAncestry(db, Set.of(newParentId));
            ComponentRecord stored = db.selectFrom(COMPONENT).where(COMPONENT.ID.eq(id)).forUpdate().fetchOne();
            if (stored == null) {
                throw new DomainException.NotFound("component", changed.id().toString());
            }
            if (stored.getVersion() != changed.version() - 1) {
                throw DomainException.Conflict.staleVersion("component", changed.id(), changed.version() - 1, stored.getVersion());
            }
            boolean moved = !Objects.equals(stored.getParentId(), newParentId);
            if (newParentId != null && (moved || parents.get(newParentId) == null)) {
                ComponentTree.checkParent(parents.get(newParentId), newParentId, changed.path());
            }
            ComponentTree.replace(db, changed, stored, newParentId == null ? null : parents.get(newParentId));
            return id;
        }), changed.path(), changed.externalId(), () -> parentMissing(changed.parentId()));
        return ComponentRecordMapper.asStored(changed);
    }

    @Override
    public void delete(ComponentId id) {
        deleteChecked(requireNonNull(id, "id is null"), null);
    }

    @Override
    public void delete(ComponentId id, long expectedVersion) {
        deleteChecked(requireNonNull(id, "id is null"), expectedVersion);
    }

    private void deleteChecked(ComponentId id, Long expectedVersion) {
        // Its tags and id_path go with the row; the links' foreign key turns them into tombstones.
        ConstraintViolations.writing(() -> dsl.transactionResult(transaction -> {
            DSLContext db = transaction.dsl();
            Long stored = db.select(COMPONENT.VERSION).from(COMPONENT).where(COMPONENT.ID.eq(id.value())).forUpdate().fetchOne(COMPONENT.VERSION);
            if (stored == null) {
                throw new DomainException.NotFound("component", id.toString());
            }
            if (expectedVersion != null && stored.longValue() != expectedVersion) {
                throw DomainException.Conflict.staleVersion("component", id, expectedVersion, stored);
            }
            return db.deleteFrom(COMPONENT).where(COMPONENT.ID.eq(id.value())).execute();
        }), null, null, () -> new DomainException.Conflict("has-children",
                "component %s has components below it; delete or move them first".formatted(id)));
    }

    @Override
    public Page<Component> query(ComponentQuery query, PageRequest page) {
        return reads.query(requireNonNull(query, "query is null"), requireNonNull(page, "page is null"));
    }

    @Override
    public TaskLink link(TaskLink link) {
        requireNonNull(link, "link is null");
        requireNonNull(link.componentId(), "link.componentId is null: a tombstone cannot be linked");
        return links.link(link);
    }

    @Override
    public boolean unlink(TaskId taskId, ComponentId componentId, LinkRole role) {
        return links.unlink(requireNonNull(taskId, "taskId is null"), requireNonNull(componentId, "componentId is null"),
                requireNonNull(role, "role is null"));
    }

    @Override
    public Page<TaskLink> linksOfTask(TaskId taskId, PageRequest page) {
        return links.ofTask(requireNonNull(taskId, "taskId is null"), requireNonNull(page, "page is null"));
    }

    @Override
    public Page<TaskLink> linksOfComponent(ComponentId id, boolean subtree, PageRequest page) {
        return links.ofComponent(requireNonNull(id, "id is null"), subtree, requireNonNull(page, "page is null"));
    }

    private static DomainException parentMissing(ComponentId parentId) {
        return new DomainException.NotFound("component", String.valueOf(parentId));
    }
}
