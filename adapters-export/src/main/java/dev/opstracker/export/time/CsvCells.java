package dev.opstracker.export.time;

import dev.opstracker.domain.security.SecretMasker;

/** How cells of every CSV export are written: guarded against formula injection, free text masked (values are formed by {@link ExportValues}). */
final class CsvCells {

    private CsvCells() {
    }

    /**
     * A cell a spreadsheet would read as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or
     * carriage return first) gets a leading apostrophe, as OWASP advises, so opening an export runs nothing.
     */
    static String guarded(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }

    /** Free text (notes, descriptions, titles): secrets masked, then guarded. */
    static String text(String text, SecretMasker masker) {
        return guarded(masker.mask(text == null ? "" : text));
    }
}
