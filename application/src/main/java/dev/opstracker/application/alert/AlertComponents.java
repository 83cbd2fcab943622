package dev.opstracker.application.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.infra.CreateComponentCommand;
import dev.opstracker.application.infra.InfrastructureService;
import dev.opstracker.application.infra.TaskLinkService;
import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertRule;
import dev.opstracker.domain.alert.ComponentMapping;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.LinkRole;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.PageRequest;
import dev.opstracker.domain.task.TaskId;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The infrastructure side of alert intake: the labels a rule maps are looked up in the
 * infrastructure map with the rule's filters, values no component matches are registered below the
 * {@value ComponentMapping#UNRESOLVED_ROOT} root where the rule says so, and the tasks alerts open
 * are linked to what was found, as affected.
 */
public final class AlertComponents {

    private static final ComponentKind ROOT_KIND = ComponentKind.parse("provider");

    private final InfrastructureService infrastructure;
    private final TaskLinkService links;

    @Inject
    public AlertComponents(InfrastructureService infrastructure, TaskLinkService links) {
        this.infrastructure = requireNonNull(infrastructure, "infrastructure is null");
        this.links = requireNonNull(links, "links is null");
    }

    /** An alert keyed as its rule says, and the components its mapped labels name. */
    record Resolved(Alert alert, List<Component> components) {
    }

    Resolved resolve(Alert alert, AlertRule rule) {
        Map<String, String> paths = new LinkedHashMap<>();
        List<Component> found = new ArrayList<>();
        for (ComponentMapping mapping : rule.components()) {
            Optional<String> value = mapping.valueOf(alert);
            Optional<Component> component = value.flatMap(text -> find(mapping, text));
            if (component.isEmpty() && value.isPresent() && mapping.unknown() == ComponentMapping.Unknown.REGISTER) {
                component = register(mapping, value.get());
            }
            component.ifPresent(named -> {
                paths.put(mapping.label(), named.path().toString());
                found.add(named);
            });
        }
        return new Resolved(rule.keyed(alert, paths), found);
    }

    /**
     * Links the task to each component as affected; a link that exists already stays as it is. The
     * alerts are stored by now: a component (or task) deleted meanwhile loses its link, not the delivery.
     */
    void link(TaskId taskId, List<Component> components) {
        for (Component component : components) {
            try {
                links.link(taskId, component.id(), LinkRole.AFFECTED);
            } catch (DomainException.NotFound gone) {
                // Nothing left to link; the task and its incidents are kept all the same.
            }
        }
    }

    private Optional<Component> find(ComponentMapping mapping, String value) {
        try {
            return infrastructure.search(mapping.filterFor(value), PageRequest.first(1).withoutTotal()).items().stream().findFirst();
        } catch (DomainException.InvalidInput unusable) {
            // A value the filter cannot hold (too long, say) names no component.
            return Optional.empty();
        }
    }

    /** {@code unresolved/<value>}, created once whoever gets there first; empty when the value cannot be a name or the rules refuse the kind there. */
    private Optional<Component> register(ComponentMapping mapping, String value) {
        Optional<String> name = ComponentNames.of(value);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            Component root = existingOrCreated(ComponentPath.root(ComponentMapping.UNRESOLVED_ROOT),
                    () -> new CreateComponentCommand(new ComponentDetails(ROOT_KIND, ComponentMapping.UNRESOLVED_ROOT, Provider.OTHER, null, Map.of()), null));
            return Optional.of(existingOrCreated(root.path().child(name.get()),
                    () -> new CreateComponentCommand(new ComponentDetails(mapping.kind(), name.get(), null, null, Map.of()), root.id())));
        } catch (DomainException.InvalidInput | DomainException.Conflict refused) {
            return Optional.empty();
        }
    }

    private Component existingOrCreated(ComponentPath path, Supplier<CreateComponentCommand> create) {
        Optional<Component> existing = infrastructure.findByPath(path);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return infrastructure.create(create.get());
        } catch (DomainException.Conflict raced) {
            // Another delivery registered it a moment ago.
            return infrastructure.findByPath(path).orElseThrow(() -> raced);
        }
    }
}
