package dev.opstracker.application.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentStore;
import dev.opstracker.domain.infra.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** The tags a component shows, read from a store: its ancestors' tags from the root down, then its own (see {@link Tags#inherited}). */
public final class EffectiveTags {

    private EffectiveTags() {
    }

    /** The effective tags of component {@code id}; only its ancestors' when the store no longer holds it. */
    public static SortedMap<String, String> of(ComponentStore components, ComponentId id) {
        requireNonNull(components, "components is null");
        requireNonNull(id, "id is null");
        List<Map<String, String>> levels = new ArrayList<>(components.ancestors(id).stream().map(Component::tags).toList());
        components.find(id).ifPresent(component -> levels.add(component.tags()));
        return Tags.inherited(levels);
    }
}
