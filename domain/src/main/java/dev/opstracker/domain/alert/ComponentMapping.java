package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.infra.ComponentKind;
import dev.opstracker.domain.infra.ComponentQueryParser;
import dev.opstracker.domain.shared.DomainException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How one label of an alert names an infrastructure component: its value (without a
 * {@code :port} when {@code stripPort}) fills {@value #PLACEHOLDER} in a filter of the component
 * filter language, e.g. {@code kind:node name~{value}}. A value no component matches is registered
 * below an {@value #UNRESOLVED_ROOT} root, as a component of {@code kind}, or only kept as the label.
 */
public record ComponentMapping(String label, String filter, Unknown unknown, ComponentKind kind, boolean stripPort) {

    public static final String PLACEHOLDER = "{value}";
    public static final String UNRESOLVED_ROOT = "unresolved";
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_.-]{0,255}");
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}$");

    /** What to do with a value no component matches. */
    public enum Unknown {
        /** Register it below the {@value ComponentMapping#UNRESOLVED_ROOT} root, so that the task links to something to sort out later. */
        REGISTER,
        /** Keep it only as the label (a task attribute). */
        TAG
    }

    public ComponentMapping {
        if (label == null || !LABEL.matcher(label).matches()) {
            throw new DomainException.InvalidInput("label", label, "a label name is a letter or '_' followed by letters, digits, '_', '.' or '-'");
        }
        if (filter == null || !filter.contains(PLACEHOLDER)) {
            throw new DomainException.InvalidInput("filter", filter, "a filter with %s where the label's value goes, e.g. kind:node name~%s"
                    .formatted(PLACEHOLDER, PLACEHOLDER));
        }
        try {
            ComponentQueryParser.parse(fill(filter, "x"));
        } catch (DomainException.InvalidInput invalid) {
            throw new DomainException.InvalidInput("filter", filter, invalid.getMessage());
        }
        requireNonNull(unknown, "unknown is null");
        requireNonNull(kind, "kind is null");
    }

    /** The value this mapping reads from the alert; empty when the label is absent or blank. */
    public Optional<String> valueOf(Alert alert) {
        String value = alert.labels().get(label);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String stripped = value.strip();
        return Optional.of(stripPort ? PORT.matcher(stripped).replaceFirst("") : stripped);
    }

    /** The filter for {@code value}, quoted so that spaces, parentheses and quotes in it stay part of the value. */
    public String filterFor(String value) {
        return fill(filter, value);
    }

    private static String fill(String filter, String value) {
        return filter.replace(PLACEHOLDER, "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }
}
