package dev.opstracker.domain.shared;

/** Rules every piece of text people give OpsTracker must follow. */
public final class Text {

    private Text() {
    }

    /**
     * Rejects text holding a lone UTF-16 surrogate: it is not Unicode, and databases replace it
     * with '?' without a word, so the stored text would differ from what was accepted.
     */
    public static void requireWellFormed(String field, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new DomainException.InvalidInput(field, "(text with a lone surrogate at index " + i + ")",
                        "text must be valid Unicode");
            }
        }
    }
}
