package dev.opstracker.domain.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.Change;
import dev.opstracker.domain.shared.DomainException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An edit of a component, merge-patch style: fields left at {@link Change#keep()} stay; tag changes
 * merge per key (null removes a key) after {@code clearTags} removed them all; {@code parent}
 * set to null makes the component a root.
 */
public record ComponentChanges(
        Change<String> name,
        Change<ComponentKind> kind,
        Change<Provider> provider,
        Change<String> externalId,
        boolean clearTags,
        Map<String, String> tags,
        Change<ComponentId> parent) {

    public ComponentChanges {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(provider, "provider is null");
        requireNonNull(externalId, "externalId is null");
        // Map.copyOf refuses null values, which here mean "remove".
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        requireNonNull(parent, "parent is null");
    }

    public static ComponentChanges none() {
        return new ComponentChanges(Change.keep(), Change.keep(), Change.keep(), Change.keep(), false, Map.of(), Change.keep());
    }

    public ComponentChanges withName(String value) {
        return new ComponentChanges(Change.to(value), kind, provider, externalId, clearTags, tags, parent);
    }

    public ComponentChanges withKind(ComponentKind value) {
        return new ComponentChanges(name, Change.to(value), provider, externalId, clearTags, tags, parent);
    }

    public ComponentChanges withProvider(Provider value) {
        return new ComponentChanges(name, kind, Change.to(value), externalId, clearTags, tags, parent);
    }

    public ComponentChanges withExternalId(String value) {
        return new ComponentChanges(name, kind, provider, Change.to(value), clearTags, tags, parent);
    }

    public ComponentChanges withTags(Map<String, String> value) {
        return new ComponentChanges(name, kind, provider, externalId, clearTags, value, parent);
    }

    public ComponentChanges withAllTagsRemoved() {
        return new ComponentChanges(name, kind, provider, externalId, true, tags, parent);
    }

    /** Moves the component below {@code value}; null makes it a root. */
    public ComponentChanges withParent(ComponentId value) {
        return new ComponentChanges(name, kind, provider, externalId, clearTags, tags, Change.to(value));
    }

    /** The details after this edit, validated as a whole. */
    public ComponentDetails applyTo(ComponentDetails current) {
        String newName = name.applyTo(current.name());
        ComponentKind newKind = kind.applyTo(current.kind());
        Provider newProvider = provider.applyTo(current.provider());
        if (newName == null || newKind == null || newProvider == null) {
            String field = newName == null ? "name" : newKind == null ? "kind" : "provider";
            throw new DomainException.InvalidInput(field, null, "a component's %s cannot be cleared".formatted(field));
        }
        TreeMap<String, String> mergedTags = new TreeMap<>(clearTags ? Map.of() : current.tags());
        tags.forEach((key, value) -> {
            Tags.checkKey(key);
            if (value == null) {
                mergedTags.remove(key);
            } else {
                mergedTags.put(key, value);
            }
        });
        return new ComponentDetails(newKind, newName, newProvider, externalId.applyTo(current.externalId()), mergedTags);
    }
}
