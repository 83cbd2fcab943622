package dev.opstracker.persistence.infra;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Tags as the one canonical text a {@code component} row keeps them in ({@code own_tags},
 * {@code effective_tags}): {@code ;} then {@code key=value;} per tag in key order, e.g.
 * {@code ;env=prod;team=payments;}. Keys hold no {@code =}, {@code ;} or {@code %}; in values
 * {@code %} and {@code ;} are written {@code %25} and {@code %3B}, so every {@code ;} in the text
 * ends a tag and {@code ;key=value;} occurs in it exactly when the component has that tag.
 * The V8 migration writes the same text in SQL.
 */
final class TagText {

    static final String EMPTY = ";";
    private static final char LIKE_ESCAPE = '!';

    private TagText() {
    }

    static String of(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return EMPTY;
        }
        StringBuilder text = new StringBuilder(16 * tags.size() + 1).append(';');
        // Sorted, so equal tag sets give equal text whatever map the caller holds.
        new TreeMap<>(tags).forEach((key, value) -> text.append(key).append('=').append(escape(value)).append(';'));
        return text.toString();
    }

    /**
     * The Bloom filter of a tag set kept in {@code tag_bits}: one bit for each key and one for each
     * key=value. A set holding a tag has all of {@link #keyBit} or {@link #tagBit}'s bits; the
     * converse may fail, so a query checks the text after the bits.
     */
    static long bits(Map<String, String> tags) {
        long bits = 0;
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            bits |= keyBit(tag.getKey()) | tagBit(tag.getKey(), tag.getValue());
        }
        return bits;
    }

    static long keyBit(String key) {
        return bit(key);
    }

    static long tagBit(String key, String value) {
        return bit(key + "=" + value);
    }

    private static long bit(String text) {
        // String.hashCode is fixed by the Java specification, so the bits mean the same in every version; the multiply spreads it.
        return 1L << ((text.hashCode() * 0x9E3779B9) >>> 26);
    }

    static SortedMap<String, String> parse(String text) {
        TreeMap<String, String> tags = new TreeMap<>();
        int start = 1;
        while (start < text.length()) {
            int end = text.indexOf(';', start);
            int equals = text.indexOf('=', start);
            tags.put(text.substring(start, equals), unescape(text.substring(equals + 1, end)));
            start = end + 1;
        }
        return Collections.unmodifiableSortedMap(tags);
    }

    /** A LIKE pattern (escape {@link #likeEscape()}) matching the text of every tag set holding {@code key=value}. */
    static String likeTag(String key, String value) {
        return "%" + likeLiteral(";" + key + "=" + escape(value) + ";") + "%";
    }

    /** A LIKE pattern (escape {@link #likeEscape()}) matching the text of every tag set holding {@code key}, whatever its value. */
    static String likeKey(String key) {
        return "%" + likeLiteral(";" + key + "=") + "%";
    }

    static char likeEscape() {
        return LIKE_ESCAPE;
    }

    private static String likeLiteral(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.toString();
    }

    private static String escape(String value) {
        if (value.indexOf('%') < 0 && value.indexOf(';') < 0) {
            return value;
        }
        return value.replace("%", "%25").replace(";", "%3B");
    }

    private static String unescape(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        StringBuilder plain = new StringBuilder(value.length());
        for (int index = 0; index < value.length(); index++) {
            char c = value.charAt(index);
            if (c == '%') {
                // Only %25 and %3B are ever written.
                plain.append(value.startsWith("%25", index) ? '%' : ';');
                index += 2;
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
