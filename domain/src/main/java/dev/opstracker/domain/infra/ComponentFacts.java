package dev.opstracker.domain.infra;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a query can see of a component: its own kind, name and provider, its path, and its
 * effective tags (inherited from its ancestors, its own winning; see {@link Tags#inherited}).
 */
public record ComponentFacts(ComponentKind kind, String name, Provider provider, ComponentPath path, Map<String, String> tags) {

    public ComponentFacts {
        requireNonNull(kind, "kind is null");
        requireNonNull(name, "name is null");
        requireNonNull(provider, "provider is null");
        requireNonNull(path, "path is null");
        // Sorted, so that whoever shows them (an API response, a report) shows them in one order.
        tags = Collections.unmodifiableSortedMap(new TreeMap<>(requireNonNull(tags, "tags is null")));
    }
}
