package dev.opstracker.application.time;

import dev.opstracker.domain.shared.DomainException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How an export writes what a tool's account decides: Clockify imports dates and times only in
 * the account's own formats ({@code dateFormat} such as {@code MM/dd/yyyy}, {@code timeFormat} such
 * as {@code hh:mm:ss a}), as java.time patterns.
 */
public record ExportOptions(String dateFormat, String timeFormat) {

    private static final String DEFAULT_DATE = "yyyy-MM-dd";
    private static final String DEFAULT_TIME = "HH:mm:ss";
    public static final ExportOptions DEFAULT = new ExportOptions(DEFAULT_DATE, DEFAULT_TIME);

    public ExportOptions {
        dateFormat = dateFormat == null || dateFormat.isBlank() ? DEFAULT_DATE : dateFormat.strip();
        timeFormat = timeFormat == null || timeFormat.isBlank() ? DEFAULT_TIME : timeFormat.strip();
        check("dateFormat", dateFormat, true);
        check("timeFormat", timeFormat, false);
    }

    public DateTimeFormatter dateFormatter() {
        return DateTimeFormatter.ofPattern(dateFormat, Locale.ROOT);
    }

    public DateTimeFormatter timeFormatter() {
        return DateTimeFormatter.ofPattern(timeFormat, Locale.ROOT);
    }

    private static void check(String field, String pattern, boolean date) {
        try {
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
            // Formatting a sample proves the pattern asks only for fields a date (or a time) has.
            formatter.format(date ? LocalDate.of(2026, 1, 31) : LocalTime.of(13, 5, 9));
        } catch (RuntimeException invalid) {
            String example = date ? "date such as MM/dd/yyyy" : "time such as hh:mm:ss a";
            throw new DomainException.InvalidInput(field, pattern, "a java.time pattern for a " + example);
        }
    }
}
