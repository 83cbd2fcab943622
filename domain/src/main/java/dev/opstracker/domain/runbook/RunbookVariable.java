package dev.opstracker.domain.runbook;

import dev.opstracker.domain.shared.DomainException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A value that differed between the source tasks (a host, an instance id, a namespace, a version, a
 * path), written {@code {{name}}} in commands, with the values seen, in the order of the tasks.
 */
public record RunbookVariable(String name, String description, List<String> observedValues) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public RunbookVariable {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new DomainException.InvalidInput("variable", name, "a lower-case name of letters, digits and '_', such as host or namespace");
        }
        description = description == null ? "" : description.strip();
        observedValues = List.copyOf(observedValues);
    }

    /** How commands refer to it: {@code {{host}}}. */
    public String placeholder() {
        return "{{" + name + "}}";
    }
}
