package dev.opstracker.application.alert;

import java.util.Optional;
import java.util.regex.Pattern;

/** Turns a label value into a component name: characters a name cannot hold become '-', and the result is cut to the name limit. */
final class ComponentNames {

    private static final int MAX_LENGTH = 128;
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9_.:@+=-]");
    private static final Pattern LEADING = Pattern.compile("^[^A-Za-z0-9]+");

    private ComponentNames() {
    }

    static Optional<String> of(String value) {
        String name = LEADING.matcher(NOT_ALLOWED.matcher(value).replaceAll("-")).replaceFirst("");
        name = name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
}
