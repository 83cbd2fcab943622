package dev.opstracker.application.testing;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentFacts;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Components and links in memory, for use-case tests: the reference behaviour of {@link ComponentStore}. */
public final class InMemoryComponentStore implements ComponentStore {

    private final TreeMap<Long, Component> components = new TreeMap<>();
    /** Keyed by a link identity the store assigns, as the database does, so that pages can name the last link read. */
    private final TreeMap<Long, TaskLink> links = new TreeMap<>();
    private long lastId;
    private long lastLinkId;

    @Override
    public synchronized Component add(NewComponent component) {
        if (component.parentId() != null) {
            existing(component.parentId());
        }
        checkUnique(component.path(), component.externalId(), null);
        Component stored = component.withId(ComponentId.of(++lastId));
        components.put(stored.id().value(), stored);
        return stored;
    }

    @Override
    public synchronized List<Component> addAll(List<NewComponent> batch) {
        Set<ComponentPath> paths = new HashSet<>();
        Set<String> externalIds = new HashSet<>();
        for (NewComponent component : batch) {
            if (component.parentId() != null) {
                existing(component.parentId());
            }
            checkUnique(component.path(), component.externalId(), null);
            if (!paths.add(component.path())) {
                throw new DomainException.Conflict("duplicate-path", "a component exists at %s already".formatted(component.path()));
            }
            if (component.externalId() != null && !externalIds.add(component.externalId())) {
                throw new DomainException.Conflict("duplicate-external-id",
                        "another component has the external id %s already".formatted(component.externalId()));
            }
        }
        return batch.stream().map(this::add).toList();
    }

    @Override
    public synchronized List<Component> findAllByPath(Collection<ComponentPath> paths) {
        Set<ComponentPath> wanted = Set.copyOf(paths);
        return components.values().stream().filter(component -> wanted.contains(component.path())).toList();
    }

    @Override
    public synchronized List<Component> findAllByExternalId(Collection<String> externalIds) {
        Set<String> wanted = Set.copyOf(externalIds);
        return components.values().stream().filter(component -> component.externalId() != null && wanted.contains(component.externalId())).toList();
    }

    @Override
    public synchronized Optional<Component> find(ComponentId id) {
        return Optional.ofNullable(components.get(id.value()));
    }

    @Override
    public synchronized Optional<Component> findByPath(ComponentPath path) {
        return components.values().stream().filter(component -> component.path().equals(path)).findFirst();
    }

    @Override
    public synchronized Optional<Component> findByExternalId(String externalId) {
        return components.values().stream().filter(component -> externalId.equals(component.externalId())).findFirst();
    }

    @Override
    public synchronized List<Component> ancestors(ComponentId id) {
        List<Component> chain = new ArrayList<>();
        Component current = components.get(id.value());
        while (current != null && current.parentId() != null) {
            current = components.get(current.parentId().value());
            chain.add(0, current);
        }
        return chain;
    }

    @Override
    public synchronized boolean hasChildren(ComponentId id) {
        return components.values().stream().anyMatch(component -> id.equals(component.parentId()));
    }

    @Override
    public synchronized Component update(Component changed) {
        Component stored = existing(changed.id());
        stored.checkVersion(changed.version() - 1);
        if (changed.parentId() != null) {
            existing(changed.parentId());
        }
        checkUnique(changed.path(), changed.externalId(), changed.id());
        if (!changed.path().equals(stored.path())) {
            rebaseDescendants(stored, changed);
        }
        components.put(changed.id().value(), changed);
        return changed;
    }

    private void rebaseDescendants(Component stored, Component changed) {
        for (Component descendant : List.copyOf(components.values())) {
            if (!descendant.id().equals(changed.id()) && descendant.path().isWithin(stored.path())) {
                components.put(descendant.id().value(), new Component(descendant.id(), descendant.parentId(),
                        descendant.path().rebase(stored.path(), changed.path()), descendant.kind(), descendant.provider(),
                        descendant.externalId(), descendant.tags(), descendant.createdAt(), changed.updatedAt(), descendant.version() + 1));
            }
        }
    }

    @Override
    public synchronized void delete(ComponentId id, long expectedVersion) {
        existing(id).checkVersion(expectedVersion);
        delete(id);
    }

    @Override
    public synchronized void delete(ComponentId id) {
        Component stored = existing(id);
        if (hasChildren(id)) {
            throw new DomainException.Conflict("has-children", "component %s has components below it; delete or move them first".formatted(stored.path()));
        }
        components.remove(id.value());
        links.replaceAll((linkId, link) -> id.equals(link.componentId())
                ? new TaskLink(link.taskId(), null, link.pathAtLink(), link.role(), link.linkedAt())
                : link);
    }

    @Override
    public synchronized Page<Component> query(ComponentQuery query, PageRequest page) {
        List<Component> matching = components.values().stream().filter(component -> query.matches(facts(component))).toList();
        List<Component> window = matching.stream().filter(component -> component.id().value() > page.afterId())
                .limit(page.limit() + 1L).toList();
        return Page.ofLookahead(window, page, matching::size, component -> component.id().value());
    }

    private ComponentFacts facts(Component component) {
        List<Map<String, String>> above = ancestors(component.id()).stream().map(Component::tags).toList();
        return component.facts(above);
    }

    @Override
    public synchronized TaskLink link(TaskLink link) {
        Component component = existing(link.componentId());
        for (TaskLink present : links.values()) {
            if (present.taskId().equals(link.taskId()) && link.componentId().equals(present.componentId()) && present.role() == link.role()) {
                return present;
            }
        }
        TaskLink stored = new TaskLink(link.taskId(), component.id(), component.path(), link.role(), link.linkedAt());
        links.put(++lastLinkId, stored);
        return stored;
    }

    @Override
    public synchronized boolean unlink(TaskId taskId, ComponentId componentId, LinkRole role) {
        return links.values().removeIf(link -> link.taskId().equals(taskId) && componentId.equals(link.componentId()) && link.role() == role);
    }

    @Override
    public synchronized Page<TaskLink> linksOfTask(TaskId taskId, PageRequest page) {
        return pageOfLinks(link -> link.taskId().equals(taskId), page);
    }

    @Override
    public synchronized Page<TaskLink> linksOfComponent(ComponentId id, boolean subtree, PageRequest page) {
        Component root = existing(id);
        Set<ComponentId> covered = subtree
                ? components.values().stream().filter(component -> component.path().isWithin(root.path())).map(Component::id).collect(Collectors.toSet())
                : Set.of(id);
        return pageOfLinks(link -> link.componentId() != null && covered.contains(link.componentId()), page);
    }

    /** The matching links after the cursor's link id, in link id order. */
    private Page<TaskLink> pageOfLinks(Predicate<TaskLink> matches, PageRequest page) {
        List<Map.Entry<Long, TaskLink>> matching = links.entrySet().stream().filter(entry -> matches.test(entry.getValue())).toList();
        List<Map.Entry<Long, TaskLink>> window = matching.stream().filter(entry -> entry.getKey() > page.afterId())
                .limit(page.limit() + 1L).toList();
        Page<Map.Entry<Long, TaskLink>> entries = Page.ofLookahead(window, page.limit(), matching.size(), Map.Entry::getKey);
        return new Page<>(entries.items().stream().map(Map.Entry::getValue).toList(), entries.next(), entries.total());
    }

    private Component existing(ComponentId id) {
        Component component = components.get(id.value());
        if (component == null) {
            throw new DomainException.NotFound("component", id.toString());
        }
        return component;
    }

    private void checkUnique(ComponentPath path, String externalId, ComponentId self) {
        for (Component other : components.values()) {
            if (other.id().equals(self)) {
                continue;
            }
            if (other.path().equals(path)) {
                throw new DomainException.Conflict("duplicate-path", "a component exists at %s already".formatted(path));
            }
            if (externalId != null && Objects.equals(externalId, other.externalId())) {
                throw new DomainException.Conflict("duplicate-external-id",
                        "component %s has the external id %s already".formatted(other.path(), externalId));
            }
        }
    }
}
