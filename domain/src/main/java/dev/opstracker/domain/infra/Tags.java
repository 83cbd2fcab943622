package dev.opstracker.domain.infra;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Text;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Rules for component tags: {@code key=value} pairs whose value is optional (a tag without a value
 * has the empty string), and how descendants inherit their ancestors' tags.
 */
public final class Tags {

    public static final int MAX_COUNT = 64;
    public static final int MAX_VALUE_LENGTH = 256;
    private static final int MAX_KEY_LENGTH = 63;
    private static final String KEY_PUNCTUATION = "_./-";

    private Tags() {
    }

    public static String checkKey(String key) {
        if (key == null || !isKey(key)) {
            throw new DomainException.InvalidInput("tags", key,
                    "a tag key is a letter followed by up to 62 letters, digits, '_', '.', '/' or '-'");
        }
        return key;
    }

    public static String checkValue(String key, String value) {
        String checked = value == null ? "" : value;
        if (checked.length() > MAX_VALUE_LENGTH) {
            throw new DomainException.InvalidInput("tags." + key, value, "a tag value has at most " + MAX_VALUE_LENGTH + " characters");
        }
        Text.requireWellFormed("tags." + key, checked);
        for (int i = 0; i < checked.length(); i++) {
            if (Character.isISOControl(checked.charAt(i))) {
                throw new DomainException.InvalidInput("tags." + key, value, "a tag value holds no control characters");
            }
        }
        return checked;
    }

    // A loop rather than a regular expression: every component read from the store or an import checks each key.
    private static boolean isKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !isAsciiLetter(key.charAt(0))) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && KEY_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** A validated, immutable copy sorted by key; a null value becomes the empty string. */
    public static SortedMap<String, String> copyOf(Map<String, String> tags) {
        if (tags == null || tags.isEmpty()) {
            return Collections.emptySortedMap();
        }
        if (tags.size() > MAX_COUNT) {
            throw new DomainException.InvalidInput("tags", tags.size() + " entries", "a component has at most " + MAX_COUNT + " tags");
        }
        TreeMap<String, String> copy = new TreeMap<>();
        tags.forEach((key, value) -> copy.put(checkKey(key), checkValue(key, value)));
        return Collections.unmodifiableSortedMap(copy);
    }

    /** Reads {@code key} or {@code key=value}. */
    public static Map.Entry<String, String> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        int equals = trimmed.indexOf('=');
        String key = equals < 0 ? trimmed : trimmed.substring(0, equals);
        String value = equals < 0 ? "" : trimmed.substring(equals + 1);
        return Map.entry(checkKey(key), checkValue(key, value));
    }

    /**
     * The tags a component shows to queries: its ancestors' tags from the root down, each level
     * overriding the one above, and its own last, so its own value wins.
     */
    public static SortedMap<String, String> inherited(List<Map<String, String>> rootToSelf) {
        TreeMap<String, String> effective = new TreeMap<>();
        rootToSelf.forEach(effective::putAll);
        return Collections.unmodifiableSortedMap(effective);
    }
}
