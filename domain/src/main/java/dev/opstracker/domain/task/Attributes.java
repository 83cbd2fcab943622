package dev.opstracker.domain.task;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Text;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Rules for a task's custom attributes: string keys of a fixed syntax mapped to bounded string values. */
public final class Attributes {

    public static final int MAX_COUNT = 64;
    public static final int MAX_VALUE_LENGTH = 1024;
    private static final Pattern KEY_SYNTAX = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.-]{0,63}");

    private Attributes() {
    }

    /** Checks one key: a letter, then up to 63 letters, digits, '_', '.' or '-'. */
    public static String checkKey(String key) {
        if (key == null || !KEY_SYNTAX.matcher(key).matches()) {
            throw new DomainException.InvalidInput("attributes", key,
                    "an attribute key is a letter followed by up to 63 letters, digits, '_', '.' or '-'");
        }
        return key;
    }

    /** Checks one value: present and at most {@value #MAX_VALUE_LENGTH} characters. */
    public static String checkValue(String key, String value) {
        if (value == null) {
            throw new DomainException.InvalidInput("attributes." + key, null, "an attribute value is required");
        }
        Text.requireWellFormed("attributes." + key, value);
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new DomainException.InvalidInput("attributes." + key, value,
                    "an attribute value has at most " + MAX_VALUE_LENGTH + " characters");
        }
        return value;
    }

    /** A validated, immutable copy sorted by key, so every reader sees the same order. */
    public static SortedMap<String, String> copyOf(Map<String, String> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Collections.emptySortedMap();
        }
        if (attributes.size() > MAX_COUNT) {
            throw new DomainException.InvalidInput("attributes", attributes.size() + " entries",
                    "a task has at most " + MAX_COUNT + " attributes");
        }
        TreeMap<String, String> copy = new TreeMap<>();
        attributes.forEach((key, value) -> copy.put(checkKey(key), checkValue(key, value)));
        return Collections.unmodifiableSortedMap(copy);
    }

    /** Applies a merge-patch: a null value removes the key, any other value sets it. */
    public static SortedMap<String, String> merge(Map<String, String> current, Map<String, String> changes) {
        TreeMap<String, String> merged = new TreeMap<>(current);
        changes.forEach((key, value) -> {
            checkKey(key);
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        return copyOf(merged);
    }
}
