package dev.opstracker.application.time;

import dev.opstracker.domain.shared.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The forms a time report leaves in: the report itself (its buckets and total) as JSON or CSV, or
 * its entries as our own traceable JSON or CSV, or as CSV files Toggl Track, Harvest and Clockify import.
 */
public enum ExportFormat {
    JSON("json", "application/json", false),
    CSV("csv", "text/csv", false),
    ENTRIES_JSON("entries-json", "application/json", true),
    ENTRIES_CSV("entries-csv", "text/csv", true),
    TOGGL("toggl", "text/csv", true),
    HARVEST("harvest", "text/csv", true),
    CLOCKIFY("clockify", "text/csv", true);

    private final String wireName;
    private final String mediaType;
    private final boolean perEntry;

    ExportFormat(String wireName, String mediaType, boolean perEntry) {
        this.wireName = wireName;
        this.mediaType = mediaType;
        this.perEntry = perEntry;
    }

    public String wireName() {
        return wireName;
    }

    /** The media type of the document, without a charset (always UTF-8). */
    public String mediaType() {
        return mediaType;
    }

    /** Whether it lists entries (else the report's buckets and total). */
    public boolean perEntry() {
        return perEntry;
    }

    /** Reads a wire name; null or blank is {@link #JSON}. */
    public static ExportFormat parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.wireName.equals(wanted)).findFirst()
                .orElseThrow(() -> new DomainException.InvalidInput("format", text, "expected one of "
                        + Arrays.stream(values()).map(ExportFormat::wireName).collect(Collectors.joining(", "))));
    }
}
