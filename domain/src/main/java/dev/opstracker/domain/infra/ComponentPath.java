package dev.opstracker.domain.infra;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a component sits in the tree: the names from the root down, written
 * {@code aws/eu-west-1/prod-eks/checkout}. Unique among components.
 */
public record ComponentPath(List<String> names) {

    public static final int MAX_DEPTH = 32;
    private static final int MAX_NAME_LENGTH = 128;
    private static final String NAME_PUNCTUATION = "_.:@+=-";

    public ComponentPath {
        requireNonNull(names, "names is null");
        if (names.isEmpty() || names.size() > MAX_DEPTH) {
            throw new DomainException.InvalidInput("path", String.join("/", names), "a path has 1 to " + MAX_DEPTH + " names");
        }
        names.forEach(ComponentPath::checkName);
        names = List.copyOf(names);
    }

    /** Checks a component name: a letter or digit, then up to 127 letters, digits or {@code _.:@+=-}; never '/'. */
    public static String checkName(String name) {
        if (name == null || !isName(name)) {
            throw new DomainException.InvalidInput("name", name,
                    "a component name is a letter or digit followed by up to 127 letters, digits or _ . : @ + = -");
        }
        return name;
    }

    // A loop rather than a regular expression: every path read from the store or an import checks each name.
    private static boolean isName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || !isAsciiLetterOrDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetterOrDigit(c) && NAME_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Reads {@code a/b/c}; surrounding slashes and space are ignored. */
    public static ComponentPath parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException.InvalidInput("path", text, "a path names at least one component");
        }
        String trimmed = text.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            return new ComponentPath(List.of(trimmed.split("/", -1)));
        } catch (DomainException.InvalidInput invalid) {
            throw new DomainException.InvalidInput("path", text, invalid.getMessage());
        }
    }

    public static ComponentPath root(String name) {
        return new ComponentPath(List.of(name));
    }

    /** The path of a child called {@code name} below this one. */
    public ComponentPath child(String name) {
        List<String> longer = new ArrayList<>(names);
        longer.add(name);
        return new ComponentPath(longer);
    }

    /** The last name: the component's own. */
    public String name() {
        return names.get(names.size() - 1);
    }

    public int depth() {
        return names.size();
    }

    /** Whether this path is {@code ancestor} itself or lies below it. */
    public boolean isWithin(ComponentPath ancestor) {
        return names.size() >= ancestor.names.size() && names.subList(0, ancestor.names.size()).equals(ancestor.names);
    }

    /** This path moved from below {@code oldBase} to below {@code newBase}. */
    public ComponentPath rebase(ComponentPath oldBase, ComponentPath newBase) {
        if (!isWithin(oldBase)) {
            throw new IllegalArgumentException("%s is not within %s".formatted(this, oldBase));
        }
        List<String> moved = new ArrayList<>(newBase.names);
        moved.addAll(names.subList(oldBase.names.size(), names.size()));
        return new ComponentPath(moved);
    }

    @Override
    public String toString() {
        return String.join("/", names);
    }
}
