package dev.opstracker.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** One column of a table (or one line of a record): its header and how to read its value from an API object. */
public record Column(String header, Function<JsonNode, String> value) {

    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The member {@code field} as text; empty when absent or null. */
    public static Column of(String header, String field) {
        return new Column(header, node -> text(node.path(field)));
    }

    /** The instant in member {@code field} shown to the minute in {@code zone}, as people read times. */
    public static Column instant(String header, String field, ZoneId zone) {
        return new Column(header, node -> local(text(node.path(field)), zone));
    }

    /** The object in member {@code field} as {@code key=value} pairs joined by commas, in the API's order. */
    public static Column pairs(String header, String field) {
        return new Column(header, node -> {
            StringBuilder pairs = new StringBuilder();
            node.path(field).properties().forEach(entry -> pairs.append(pairs.isEmpty() ? "" : ",").append(entry.getKey()).append('=')
                    .append(text(entry.getValue())));
            return pairs.toString();
        });
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    static String local(String instant, ZoneId zone) {
        if (instant.isEmpty()) {
            return "";
        }
        try {
            return LOCAL_MINUTES.format(Instant.parse(instant).atZone(zone));
        } catch (DateTimeParseException notAnInstant) {
            return instant;
        }
    }
}
