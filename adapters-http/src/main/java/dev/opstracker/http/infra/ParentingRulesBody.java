package dev.opstracker.http.infra;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ParentingRules;
import dev.opstracker.domain.shared.DomainException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The parenting rules on the wire, read by {@code PUT} and written by {@code GET /api/v1/parenting-rules}:
 * {@code {"permissive": false, "roots": ["provider"], "children": {"provider": ["account", "region"]}}}.
 * Permissive rules list no roots and no children.
 */
record ParentingRulesBody(
        @JsonProperty("permissive") Boolean permissive,
        @JsonProperty("roots") List<String> roots,
        @JsonProperty("children") Map<String, List<String>> children) {

    static ParentingRulesBody from(ParentingRules rules) {
        if (rules.isPermissive()) {
            return new ParentingRulesBody(true, List.of(), Map.of());
        }
        Map<String, List<String>> children = new TreeMap<>();
        rules.childrenByParent().forEach((parent, kinds) -> children.put(parent, kinds.stream().sorted().toList()));
        return new ParentingRulesBody(false, rules.roots().stream().sorted().toList(), children);
    }

    ParentingRules toRules() {
        if (permissive == null) {
            throw new DomainException.InvalidInput("permissive", null, "say whether any kind may sit below any other (true) or only as listed (false)");
        }
        boolean listsKinds = (roots != null && !roots.isEmpty()) || (children != null && !children.isEmpty());
        if (permissive) {
            if (listsKinds) {
                throw new DomainException.InvalidInput("permissive", true, "permissive rules allow every place; send false to list roots and children");
            }
            return ParentingRules.permissive();
        }
        Map<String, Set<String>> allowed = new TreeMap<>();
        if (children != null) {
            children.forEach((parent, kinds) -> {
                Set<String> below = kinds == null ? Set.of() : kinds.stream().map(child -> kind("children." + parent, child)).collect(Collectors.toSet());
                // "Provider" and "provider" name one kind: refuse rather than let one list silently replace the other.
                if (allowed.putIfAbsent(kind("children", parent), below) != null) {
                    throw new DomainException.InvalidInput("children", parent, "names a kind already listed under another spelling");
                }
            });
        }
        Set<String> top = roots == null ? Set.of() : roots.stream().map(root -> kind("roots", root)).collect(Collectors.toSet());
        return new ParentingRules(allowed, top);
    }

    /** A kind named in the rules, with a failure naming where in the body it was. */
    private static String kind(String field, String text) {
        try {
            return ComponentKind.parse(text).name();
        } catch (DomainException.InvalidInput invalid) {
            throw new DomainException.InvalidInput(field, text, "not a kind: a lowercase letter followed by up to 39 lowercase letters, digits or '-'");
        }
    }
}
