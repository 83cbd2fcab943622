package dev.opstracker.http.shared;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opstracker.domain.shared.DomainException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the members of a JSON merge patch (RFC 7396): an absent member keeps a value, null clears
 * it, and a map member merges key by key. Rejected values are reported with their field.
 */
public final class PatchMembers {

    private PatchMembers() {
    }

    /** A string that may not be cleared. */
    public static String required(String field, JsonNode value) {
        if (value.isNull()) {
            throw new DomainException.InvalidInput(field, null, "this field cannot be cleared");
        }
        return optional(field, value);
    }

    /** A string, or null to clear the field. */
    public static String optional(String field, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new DomainException.InvalidInput(field, shown(value), "expected a string or null");
        }
        return value.textValue();
    }

    /**
     * The changes to a map of strings, key by key: a null value removes its key.
     *
     * @param expectation what the member should have been, said when it is no object
     */
    public static Map<String, String> mapChanges(String field, JsonNode value, String expectation) {
        if (!value.isObject()) {
            throw new DomainException.InvalidInput(field, shown(value), expectation);
        }
        Map<String, String> changes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            changes.put(member.getKey(), optional(field + "." + member.getKey(), member.getValue()));
        }
        return changes;
    }

    /** A rejected value as the client wrote it: scalars bare, objects and arrays as JSON. */
    public static String shown(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
