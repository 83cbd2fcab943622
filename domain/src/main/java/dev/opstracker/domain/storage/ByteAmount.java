package dev.opstracker.domain.storage;

import java.util.Locale;

/** Amounts of bytes and shares of space as people read them: {@code 200.0 MiB}, {@code 1.5}. */
final class ByteAmount {

    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private ByteAmount() {
    }

    static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double amount = bytes;
        int unit = -1;
        while (amount >= 1024 && unit < UNITS.length - 1) {
            amount /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", amount, UNITS[unit]);
    }

    /** A percentage without a needless fraction: {@code 2}, {@code 1.5}, and below one with two decimals: {@code 0.05}. */
    static String percent(double percent) {
        String text = String.format(Locale.ROOT, percent > 0 && percent < 1 ? "%.2f" : "%.1f", percent);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
