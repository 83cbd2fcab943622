package dev.opstracker.domain.testing;

import java.util.Arrays;

/** A generated input as a failure message shows it: control characters and lone surrogates escaped, long text cut in the middle. */
final class Shown {

    private static final int LIMIT = 4_000;

    private Shown() {
    }

    static String escaped(Object value) {
        String text = value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value);
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairStart = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairStart) {
                shown.append(c).append(text.charAt(++i));
            } else if (c == '\n') {
                shown.append("\\n");
            } else if (c == '\\') {
                shown.append("\\\\");
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                shown.append(String.format("\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        if (shown.length() <= LIMIT) {
            return "«" + shown + "»";
        }
        return "«" + shown.substring(0, LIMIT / 2) + "» ... " + (shown.length() - LIMIT) + " characters ... «" + shown.substring(shown.length() - LIMIT / 2) + "»";
    }
}
