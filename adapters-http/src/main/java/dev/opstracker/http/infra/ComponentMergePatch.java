package dev.opstracker.http.infra;

import static dev.opstracker.http.shared.PatchMembers.optional;
import static dev.opstracker.http.shared.PatchMembers.required;
import static dev.opstracker.http.shared.PatchMembers.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.domain.infra.Component;
import dev.opstracker.domain.infra.ComponentDetails;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.shared.PatchMembers;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads a JSON merge patch (RFC 7396) of a component against its current state: an absent member
 * keeps the value, {@code externalId: null} clears it, {@code tags} merges key by key (null
 * removes a key; {@code "tags": null} removes them all), and {@code parent} names the new parent
 * (null for a root). Every member is checked before anything is written.
 */
final class ComponentMergePatch {

    private static final String EDITABLE = "name, kind, parent, provider, externalId, tags";
    private static final String TAGS_EXPECTED =
            "expected an object whose members are strings (null removes a key), or null to remove every tag";

    private ComponentMergePatch() {
    }

    static Edit read(ObjectNode patch, Component current) {
        ComponentDetails details = new ComponentDetails(
                current.kind(), current.name(), current.provider(), current.externalId(), current.tags());
        Edit edit = new Edit(details, false, current.parentId());
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            edit = apply(edit, member.getKey(), member.getValue());
        }
        return edit;
    }

    private static Edit apply(Edit edit, String field, JsonNode value) {
        ComponentDetails details = edit.details();
        return switch (field) {
            case "name" -> edit.with(details.withName(required(field, value)));
            case "kind" -> edit.with(new ComponentDetails(ComponentKind.parse(required(field, value)),
                    details.name(), details.provider(), details.externalId(), details.tags()));
            case "provider" -> edit.with(details.withProvider(Provider.parse(field, required(field, value))));
            case "externalId" -> edit.with(details.withExternalId(optional(field, value)));
            case "tags" -> edit.with(details.withTags(value.isNull() ? Map.of() : merged(details.tags(), value)));
            case "parent" -> new Edit(details, true, parent(value));
            case "id", "path", "effectiveTags", "version", "createdAt", "updatedAt" -> throw new DomainException.InvalidInput(
                    field, shown(value), "this field is read-only; editable fields are " + EDITABLE);
            default -> throw new DomainException.InvalidInput(field, shown(value), "unknown field; editable fields are " + EDITABLE);
        };
    }

    private static Map<String, String> merged(Map<String, String> tags, JsonNode value) {
        Map<String, String> merged = new TreeMap<>(tags);
        PatchMembers.mapChanges("tags", value, TAGS_EXPECTED).forEach((key, tag) -> {
            if (tag == null) {
                merged.remove(key);
            } else {
                merged.put(key, tag);
            }
        });
        return merged;
    }

    private static ComponentId parent(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new DomainException.InvalidInput("parent", shown(value),
                    "expected a component id (a positive number), or null to make the component a root");
        }
        return ComponentIds.of("parent", value.longValue());
    }

    /**
     * A component's details after the patch, and its parent.
     *
     * @param parentGiven whether the patch named a parent at all
     */
    record Edit(ComponentDetails details, boolean parentGiven, ComponentId parent) {

        Edit with(ComponentDetails changed) {
            return new Edit(changed, parentGiven, parent);
        }

        /** Whether the patch puts the component under another parent than {@code current}'s. */
        boolean moves(Component current) {
            return parentGiven && !Objects.equals(parent, current.parentId());
        }
    }
}
