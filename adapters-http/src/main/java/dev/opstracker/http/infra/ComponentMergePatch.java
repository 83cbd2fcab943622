package dev.opstracker.http.infra;

import static dev.opstracker.http.shared.PatchMembers.optional;
import static dev.opstracker.http.shared.PatchMembers.required;
import static dev.opstracker.http.shared.PatchMembers.shown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opstracker.domain.infra.ComponentChanges;
import dev.opstracker.domain.infra.ComponentId;
import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.Provider;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.shared.PatchMembers;
import java.util.Map;

/**
 * Reads a JSON merge patch (RFC 7396) of a component into {@link ComponentChanges}: an absent
 * member keeps the value, {@code externalId: null} clears it, {@code tags} merges key by key (null
 * removes a key; {@code "tags": null} removes them all), and {@code parent} names the new parent
 * (null for a root). The service applies it as one change.
 */
final class ComponentMergePatch {

    private static final String EDITABLE = "name, kind, parent, provider, externalId, tags";
    private static final String TAGS_EXPECTED =
            "expected an object whose members are strings (null removes a key), or null to remove every tag";

    private ComponentMergePatch() {
    }

    static ComponentChanges read(ObjectNode patch) {
        ComponentChanges changes = ComponentChanges.none();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            changes = apply(changes, member.getKey(), member.getValue());
        }
        return changes;
    }

    private static ComponentChanges apply(ComponentChanges changes, String field, JsonNode value) {
        return switch (field) {
            case "name" -> changes.withName(required(field, value));
            case "kind" -> changes.withKind(ComponentKind.parse(required(field, value)));
            case "provider" -> changes.withProvider(Provider.parse(field, required(field, value)));
            case "externalId" -> changes.withExternalId(optional(field, value));
            case "tags" -> value.isNull() ? changes.withAllTagsRemoved() : changes.withTags(PatchMembers.mapChanges("tags", value, TAGS_EXPECTED));
            case "parent" -> changes.withParent(parent(value));
            case "id", "path", "effectiveTags", "version", "createdAt", "updatedAt" -> throw new DomainException.InvalidInput(
                    field, shown(value), "this field is read-only; editable fields are " + EDITABLE);
            default -> throw new DomainException.InvalidInput(field, shown(value), "unknown field; editable fields are " + EDITABLE);
        };
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
}
