package dev.opstracker.domain.infra;

import dev.opstracker.domain.shared.DomainException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which kinds of component may sit directly below which. The permissive default allows any
 * parent; a configured rule set lists, per parent kind, the kinds allowed below it, and the kinds
 * allowed at the root. Kinds a configured set does not mention may not be placed at all.
 *
 * @param childrenByParent allowed child kinds per parent kind; null for the permissive default
 * @param roots            kinds allowed without a parent; ignored when permissive
 */
public record ParentingRules(Map<String, Set<String>> childrenByParent, Set<String> roots) {

    public ParentingRules {
        childrenByParent = childrenByParent == null ? null : Map.copyOf(childrenByParent);
        roots = roots == null ? Set.of() : Set.copyOf(roots);
    }

    /** Any kind may sit below any other, and any kind may be a root. Cycles are refused all the same. */
    public static ParentingRules permissive() {
        return new ParentingRules(null, Set.of());
    }

    public boolean isPermissive() {
        return childrenByParent == null;
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
}
