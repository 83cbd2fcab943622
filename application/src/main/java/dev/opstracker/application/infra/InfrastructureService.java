package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.shared.UnversionedRetry;
import dev.opstracker.application.storage.StorageWatch;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentFacts;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.LinkedWork;
import dev.opstracker.domain.shared.Change;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The infrastructure map: components in a tree, with kinds, providers and tags, and queries over it.
 * Past the critical storage level its changes are refused ({@link StorageWatch}).
 */
public final class InfrastructureService {

    private static final int OPEN_TASKS_SHOWN = 20;

    private final ComponentStore components;
    private final LinkedWork work;
    private final InfrastructureRules rules;
    private final InstantSource clock;
    private final StorageWatch storage;

    /** The infrastructure map without a storage watch. */
    public InfrastructureService(ComponentStore components, LinkedWork work, InfrastructureRules rules, InstantSource clock) {
        this(components, work, rules, clock, StorageWatch.unwatched());
    }

    @Inject
    public InfrastructureService(ComponentStore components, LinkedWork work, InfrastructureRules rules, InstantSource clock, StorageWatch storage) {
        this.components = requireNonNull(components, "components is null");
        this.work = requireNonNull(work, "work is null");
        this.rules = requireNonNull(rules, "rules is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.storage = requireNonNull(storage, "storage is null");
    }

    /**
     * Registers a component below its parent (or as a root).
     *
     * @throws DomainException.NotFound naming the parent when it does not exist
     * @throws DomainException.InvalidInput when the kind is not registered or the parenting rules forbid the place
     * @throws DomainException.Conflict when the path or external id is taken
     */
    public Component create(CreateComponentCommand command) {
        storage.requireRoomToWrite();
        Component parent = command.parentId() == null ? null : get(command.parentId());
        return components.add(rules.place(command.details(), parent, now()));
    }

    /** @throws DomainException.NotFound when there is no such component */
    public Component get(ComponentId id) {
        return components.find(id).orElseThrow(() -> new DomainException.NotFound("component", id.toString()));
    }

    /** @throws DomainException.NotFound naming the path when nothing is there */
    public Component getByPath(ComponentPath path) {
        return components.findByPath(path).orElseThrow(() -> new DomainException.NotFound("component", path.toString()));
    }

    public Optional<Component> findByPath(ComponentPath path) {
        return components.findByPath(path);
    }

    public Optional<Component> findByExternalId(String externalId) {
        return components.findByExternalId(externalId);
    }

    /**
     * Edits a component and, when asked, moves it: one change, one version. Renaming or moving
     * rewrites the paths of everything below it. Without an expected version, losing a race to
     * another writer is retried on the newer version.
     *
     * @throws DomainException.InvalidInput when the new parent is the component or lies below it, a new kind is
     *                                      not registered, or the parenting rules forbid the result (children included)
     * @throws DomainException.NotFound naming a new parent that does not exist
     */
    public Component update(UpdateComponentCommand command) {
        storage.requireRoomToWrite();
        return UnversionedRetry.run(command.expectedVersion(), () -> updateOnce(command));
    }

    private Component updateOnce(UpdateComponentCommand command) {
        Component current = get(command.id());
        command.expectedVersion().ifPresent(current::checkVersion);
        ComponentDetails details = command.changes().applyTo(current.details());
        Change<ComponentId> parentChange = command.changes().parent();
        ComponentId newParentId = parentChange.applyTo(current.parentId());
        Component newParent = newParentId == null ? null : get(newParentId);
        Component changed = rules.reshape(current, details, newParent, now());
        return changed == current ? current : components.update(changed);
    }

    /**
     * Deletes a component without children. When open tasks are linked to it the delete is refused
     * unless forced; forced or not, its links stay behind as tombstones naming its path.
     *
     * @param expectedVersion when present, the component must still be at this version
     * @throws DomainException.Conflict (reason {@code open-tasks}) naming the open tasks, ({@code has-children})
     *                                  or ({@code stale-version})
     */
    public void delete(ComponentId id, OptionalLong expectedVersion, boolean force) {
        storage.requireRoomToWrite();
        UnversionedRetry.run(expectedVersion, () -> {
            Component component = get(id);
            expectedVersion.ifPresent(component::checkVersion);
            if (!force) {
                List<TaskId> open = work.openTasksOn(id, OPEN_TASKS_SHOWN);
                if (!open.isEmpty()) {
                    throw new DomainException.Conflict("open-tasks", "component %s has open tasks linked to it (%s); close them or delete with force"
                            .formatted(component.path(), open.stream().map(taskId -> "task " + taskId).collect(Collectors.joining(", "))));
                }
            }
            // The version read above is checked again inside the delete: a change made meanwhile is never deleted unseen.
            components.delete(id, component.version());
            return null;
        });
    }

    /** The components matching a filter-language query, by ascending id. */
    public Page<Component> search(String query, PageRequest page) {
        return components.query(ComponentQueryParser.parse(query), page);
    }

    /** What queries see of a component: its effective tags include those inherited from its ancestors. */
    public ComponentFacts facts(ComponentId id) {
        Component component = get(id);
        List<Map<String, String>> above = components.ancestors(id).stream().map(Component::tags).toList();
        return component.facts(above);
    }

    /** The components above this one, root first. */
    public List<Component> ancestors(ComponentId id) {
        get(id);
        return components.ancestors(id);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
