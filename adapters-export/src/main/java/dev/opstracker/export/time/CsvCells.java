package dev.opstracker.export.time;

import dev.opstracker.domain.security.SecretMasker;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How cells of every CSV export are written: guarded against formula injection, free text masked, durations in the tools' forms. */
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

    /** {@code H:MM:SS}, hours unbounded, as Toggl and Clockify write durations. */
    static String hhmmss(long seconds) {
        return "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** Decimal hours to two places, half up: {@code 7.5} hours is {@code 7.50}. */
    static String decimalHours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP).toPlainString();
    }
}
