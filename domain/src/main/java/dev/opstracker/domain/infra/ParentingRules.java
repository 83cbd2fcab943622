package dev.opstracker.domain.infra;

import dev.opstracker.domain.shared.DomainException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which kinds of component may sit directly below which. The permissive default allows any
 * parent; a configured rule set lists, per parent kind, the kinds allowed below it, and the kinds
 * allowed at the root. Kinds a configured set does not mention may not be placed at all. Cycles
 * and self-parenting are refused whatever the rules say (see {@link Component#moveUnder}).
 *
 * @param childrenByParent allowed child kinds per parent kind; null for the permissive default
 * @param roots            kinds allowed without a parent; ignored when permissive
 */
public record ParentingRules(Map<String, Set<String>> childrenByParent, Set<String> roots) {

    public ParentingRules {
        if (childrenByParent != null) {
            Map<String, Set<String>> copy = new HashMap<>();
            // A parent kind with no children allowed is the same as a parent kind not listed.
            childrenByParent.forEach((parent, children) -> {
                String checkedParent = checked(parent);
                if (!children.isEmpty()) {
                    copy.put(checkedParent, Set.copyOf(children));
                }
            });
            copy.values().forEach(children -> children.forEach(ParentingRules::checked));
            childrenByParent = Map.copyOf(copy);
        }
        roots = roots == null || childrenByParent == null ? Set.of() : Set.copyOf(roots);
        roots.forEach(ParentingRules::checked);
    }

    /** Any kind may sit below any other, and any kind may be a root. Cycles are refused all the same. */
    public static ParentingRules permissive() {
        return new ParentingRules(null, Set.of());
    }

    public boolean isPermissive() {
        return childrenByParent == null;
    }

    /** Every kind the rules name, as a parent, a child or a root. */
    public Set<ComponentKind> kindsNamed() {
        if (isPermissive()) {
            return Set.of();
        }
        return Stream.of(childrenByParent.keySet().stream(), childrenByParent.values().stream().flatMap(Set::stream), roots.stream())
                .flatMap(names -> names).map(ComponentKind::new).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a component of the pair's child kind may sit below one of its parent kind (or at the top). */
    public boolean allows(KindPair pair) {
        if (isPermissive()) {
            return true;
        }
        return pair.parent() == null ? roots.contains(pair.child().name())
                : childrenByParent.getOrDefault(pair.parent().name(), Set.of()).contains(pair.child().name());
    }

    /** The pairs of {@code inUse} these rules forbid, in a stable order. */
    public List<KindPair> forbidden(Collection<KindPair> inUse) {
        return inUse.stream().filter(pair -> !allows(pair))
                .sorted(Comparator.comparing((KindPair pair) -> pair.parent() == null ? "" : pair.parent().name())
                        .thenComparing(pair -> pair.child().name()))
                .toList();
    }

    /** The kinds allowed directly below {@code parent}; empty when permissive, where every kind is. */
    public Set<ComponentKind> allowedBelow(ComponentKind parent) {
        if (isPermissive()) {
            return Set.of();
        }
        return childrenByParent.getOrDefault(parent.name(), Set.of()).stream().map(ComponentKind::new)
                .collect(Collectors.toUnmodifiableSet());
    }

    void check(ComponentKind parent, ComponentKind child) {
        if (isPermissive()) {
            return;
        }
        Set<String> allowed = childrenByParent.getOrDefault(parent.name(), Set.of());
        if (!allowed.contains(child.name())) {
            throw new DomainException.InvalidInput("kind", child,
                    "a %s may not be placed below a %s; allowed below a %s: %s".formatted(child, parent, parent, new TreeSet<>(allowed)));
        }
    }

    void checkRoot(ComponentKind kind) {
        if (!isPermissive() && !roots.contains(kind.name())) {
            throw new DomainException.InvalidInput("parent", null,
                    "a %s needs a parent; kinds allowed at the top: %s".formatted(kind, new TreeSet<>(roots)));
        }
    }

    private static String checked(String kind) {
        return new ComponentKind(kind).name();
    }
}
