package dev.opstracker.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Components as a command names them: by id, or by path as people know them ({@code aws/eu-west-1/prod-eks}). */
public final class Components {

    private static final int LONGEST_ID_DIGITS = 18;

    private Components() {
    }

    /** The id of the component {@code component} names: itself when it is a number, else the component at that path (404 if none). */
    public static long id(Api api, String component) {
        if (!component.isEmpty() && component.length() <= LONGEST_ID_DIGITS && component.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(component);
        }
        JsonNode found = api.get("/api/v1/components" + Api.query(Map.of("path", component))).path("items");
        if (found.isEmpty()) {
            throw new CliFailure("component %s does not exist".formatted(component));
        }
        return found.get(0).path("id").asLong();
    }
}
