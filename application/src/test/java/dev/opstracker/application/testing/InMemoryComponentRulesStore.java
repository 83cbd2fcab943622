package dev.opstracker.application.testing;

import static java.util.Objects.requireNonNull;

import dev.opstracker.application.infra.InfrastructureRules;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentPath;
import dev.opstracker.domain.infra.ComponentQuery;
import dev.opstracker.domain.infra.ComponentRulesStore;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.KindCatalogue;
import dev.opstracker.domain.infra.KindDefinition;
import dev.opstracker.domain.infra.KindPair;
import dev.opstracker.domain.infra.KindedPath;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.shared.Page;
import dev.opstracker.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Kinds and parenting rules in memory, reading the tree from the {@link ComponentStore} it is given:
 * the reference behaviour of {@link ComponentRulesStore}.
 */
public final class InMemoryComponentRulesStore implements ComponentRulesStore {

    private final ComponentStore components;
    private final TreeMap<String, KindDefinition> kinds = new TreeMap<>();
    private ParentingRules rules = ParentingRules.permissive();
    private long revision;

    public InMemoryComponentRulesStore(ComponentStore components) {
        this.components = requireNonNull(components, "components is null");
    }

    /** The rules service over a fresh rules store (permissive, no registered kinds) reading {@code components}. */
    public static InfrastructureRules rulesOver(ComponentStore components) {
        return new InfrastructureRules(new InMemoryComponentRulesStore(components));
    }

    @Override
    public synchronized long revision() {
        return revision;
    }

    @Override
    public synchronized List<KindDefinition> registeredKinds() {
        return List.copyOf(kinds.values());
    }

    @Override
    public synchronized void registerKind(KindDefinition kind) {
        if (kinds.containsKey(kind.kind().name())) {
            throw KindCatalogue.duplicate(kind.kind());
        }
        kinds.put(kind.kind().name(), KindDefinition.registered(kind.kind(), kind.description()));
        revision++;
    }

    @Override
    public synchronized boolean unregisterKind(ComponentKind kind) {
        if (!kinds.containsKey(kind.name())) {
            return false;
        }
        if (rules.kindsNamed().contains(kind)) {
            throw KindCatalogue.namedByRules(kind);
        }
        long used = all().stream().filter(component -> component.kind().equals(kind)).count();
        if (used > 0) {
            throw KindCatalogue.inUse(kind, used);
        }
        kinds.remove(kind.name());
        revision++;
        return true;
    }

    @Override
    public synchronized ParentingRules parentingRules() {
        return rules;
    }

    @Override
    public synchronized void replaceParentingRules(ParentingRules replacement) {
        requireNonNull(replacement, "replacement is null");
        replacement.kindsNamed().stream().filter(kind -> !kind.isBuiltIn() && !kinds.containsKey(kind.name())).sorted(
                Comparator.comparing(ComponentKind::name)).findFirst().ifPresent(kind -> {
                    throw KindCatalogue.unregisteredInRules(kind);
                });
        rules = replacement;
        revision++;
    }

    @Override
    public Set<KindPair> kindPairsInUse() {
        List<Component> all = all();
        Map<ComponentId, ComponentKind> kindById = all.stream().collect(Collectors.toMap(Component::id, Component::kind));
        return all.stream().map(component -> new KindPair(component.parentId() == null ? null : kindById.get(component.parentId()),
                component.kind())).collect(Collectors.toSet());
    }

    @Override
    public List<ComponentPath> pathsOf(KindPair pair, int limit) {
        List<Component> all = all();
        Map<ComponentId, Component> byId = all.stream().collect(Collectors.toMap(Component::id, Function.identity()));
        return all.stream()
                .filter(component -> component.kind().equals(pair.child()))
                .filter(component -> Objects.equals(component.parentId() == null ? null : byId.get(component.parentId()).kind(), pair.parent()))
                .limit(limit).map(Component::path).toList();
    }

    @Override
    public List<KindedPath> childrenOutside(ComponentId parent, Set<ComponentKind> allowed, int limit) {
        return all().stream().filter(component -> parent.equals(component.parentId()) && !allowed.contains(component.kind()))
                .limit(limit).map(component -> new KindedPath(component.path(), component.kind())).toList();
    }

    /** Every component, by ascending id. */
    private List<Component> all() {
        List<Component> all = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<Component> found = components.query(new ComponentQuery.AllOf(List.of()), page);
            all.addAll(found.items());
            if (found.next() == null) {
                return all;
            }
            page = new PageRequest(PageRequest.MAX_LIMIT, found.next());
        }
    }
}
