package dev.opstracker.export.time;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.security.SecretMasker;
import dev.opstracker.domain.task.BillingCode;
import dev.opstracker.domain.time.TimeEntryDetails;
import java.io.Writer;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Time entries as CSV files the common billing and time tools import as they are
 * (../shared/FORMATS.md section 3): Harvest's eight columns in order with decimal hours, Toggl
 * Track's import headers, and Clockify's, whose date and time formats follow the account's settings.
 * Dates and times are local to the zone given (the tools' profile zone); RFC 4180 quoting, CRLF, through Jackson's CSV writer ({@link CsvRows}).
 */
public final class VendorCsv {

    public static final List<String> HARVEST = List.of("Date", "Client", "Project", "Task", "Notes", "Hours", "First name", "Last name");
    public static final List<String> TOGGL = List.of("User", "Email", "Client", "Project", "Task", "Description", "Billable", "Start date",
            "Start time", "Duration", "Tags");
    public static final List<String> CLOCKIFY = List.of("Project", "Client", "Description", "Task", "Email", "Tags", "Billable", "Start Date",
            "Start Time", "Duration (h)");

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final ZoneId zone;
    private final SecretMasker masker;

    public VendorCsv(ZoneId zone, SecretMasker masker) {
        this.zone = requireNonNull(zone, "zone is null");
        this.masker = requireNonNull(masker, "masker is null");
    }

    /** Harvest's time import: hours are the rounded billable time in decimal hours; Harvest cannot import start times. */
    public void harvest(Writer out, Iterable<ExportedEntry> entries) {
        print(out, HARVEST, entries, entry -> {
            TimeEntryDetails details = entry.entry().details();
            return List.of(start(details).format(ISO_DATE), code(details.client()), code(details.project()), CsvCells.text(entry.taskTitle(), masker),
                    CsvCells.text(details.note(), masker), ExportValues.decimalHours(entry.roundedSeconds()), CsvCells.guarded(entry.firstName()),
                    CsvCells.guarded(entry.lastName()));
        });
    }

    /** Toggl Track's import: the exact tracked duration (Toggl rounds in its own reports). */
    public void toggl(Writer out, Iterable<ExportedEntry> entries) {
        print(out, TOGGL, entries, entry -> {
            TimeEntryDetails details = entry.entry().details();
            ZonedDateTime start = start(details);
            return List.of(CsvCells.guarded(details.user()), CsvCells.guarded(entry.email()), code(details.client()), code(details.project()),
                    CsvCells.text(entry.taskTitle(), masker), CsvCells.text(details.note(), masker), details.billable() ? "Yes" : "No",
                    start.format(ISO_DATE), start.format(ISO_TIME), ExportValues.hhmmss(entry.seconds()), tags(entry));
        });
    }

    /**
     * Clockify's import, with the account's own date and time formats (for instance {@code MM/dd/yyyy}
     * and {@code hh:mm:ss a}); Clockify refuses dates in any other format.
     */
    public void clockify(Writer out, Iterable<ExportedEntry> entries, DateTimeFormatter dateFormat, DateTimeFormatter timeFormat) {
        print(out, CLOCKIFY, entries, entry -> {
            TimeEntryDetails details = entry.entry().details();
            ZonedDateTime start = start(details);
            return List.of(code(details.project()), code(details.client()), CsvCells.text(details.note(), masker), CsvCells.text(entry.taskTitle(), masker),
                    CsvCells.guarded(entry.email()), tags(entry), details.billable() ? "Yes" : "No", start.format(dateFormat), start.format(timeFormat),
                    ExportValues.hhmmss(entry.seconds()));
        });
    }

    private ZonedDateTime start(TimeEntryDetails details) {
        return details.start().atZone(zone);
    }

    private static String code(BillingCode billingCode) {
        return billingCode == null ? "" : CsvCells.guarded(billingCode.value());
    }

    private String tags(ExportedEntry entry) {
        return CsvCells.text(String.join(", ", entry.tags()), masker);
    }

    @FunctionalInterface
    private interface Row {
        List<String> cells(ExportedEntry entry);
    }

    private static void print(Writer out, List<String> header, Iterable<ExportedEntry> entries, Row row) {
        try (CsvRows rows = CsvRows.start(out, header)) {
            for (ExportedEntry entry : entries) {
                rows.write(row.cells(entry));
            }
        }
    }
}
