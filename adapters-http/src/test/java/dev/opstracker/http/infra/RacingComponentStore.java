package dev.opstracker.http.infra;

import dev.opstracker.application.testing.InMemoryComponentStore;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.NewComponent;
import dev.opstracker.domain.infra.TaskLink;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** An in-memory store where, once armed, another writer tags the component just before the next update lands. */
final class RacingComponentStore implements ComponentStore {

    private final ComponentStore inner = new InMemoryComponentStore();
    private final AtomicBoolean armed = new AtomicBoolean();

    /** The next update loses a race against a writer that adds the tag {@code racer=won}. */
    void raceNextUpdate() {
        armed.set(true);
    }

    @Override
    public Component update(Component changed) {
        if (armed.compareAndSet(true, false)) {
            Component current = inner.find(changed.id()).orElseThrow();
            Map<String, String> tags = new TreeMap<>(current.tags());
            tags.put("racer", "won");
            inner.update(new Component(current.id(), current.parentId(), current.path(), current.kind(), current.provider(),
                    current.externalId(), tags, current.createdAt(), current.updatedAt(), current.version() + 1));
        }
        return inner.update(changed);
    }

    @Override
    public Component add(NewComponent component) {
        return inner.add(component);
    }

    @Override
    public List<Component> addAll(List<NewComponent> components) {
        return inner.addAll(components);
    }

    @Override
    public List<Component> findAllByPath(Collection<ComponentPath> paths) {
        return inner.findAllByPath(paths);
    }

    @Override
    public List<Component> findAllByExternalId(Collection<String> externalIds) {
        return inner.findAllByExternalId(externalIds);
    }

    @Override
    public Optional<Component> find(ComponentId id) {
        return inner.find(id);
    }

    @Override
    public Optional<Component> findByPath(ComponentPath path) {
        return inner.findByPath(path);
    }

    @Override
    public Optional<Component> findByExternalId(String externalId) {
        return inner.findByExternalId(externalId);
    }

    @Override
    public List<Component> ancestors(ComponentId id) {
        return inner.ancestors(id);
    }

    @Override
    public boolean hasChildren(ComponentId id) {
        return inner.hasChildren(id);
    }

    @Override
    public void delete(ComponentId id, long expectedVersion) {
        inner.delete(id, expectedVersion);
    }

    @Override
    public void delete(ComponentId id) {
        inner.delete(id);
    }

    @Override
    public Page<Component> query(ComponentQuery query, PageRequest page) {
        return inner.query(query, page);
    }

    @Override
    public TaskLink link(TaskLink link) {
        return inner.link(link);
    }

    @Override
    public boolean unlink(TaskId taskId, ComponentId componentId, LinkRole role) {
        return inner.unlink(taskId, componentId, role);
    }

    @Override
    public Page<TaskLink> linksOfTask(TaskId taskId, PageRequest page) {
        return inner.linksOfTask(taskId, page);
    }

    @Override
    public Page<TaskLink> linksOfComponent(ComponentId id, boolean subtree, PageRequest page) {
        return inner.linksOfComponent(id, subtree, page);
    }
}
