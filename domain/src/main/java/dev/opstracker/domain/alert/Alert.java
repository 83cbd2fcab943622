package dev.opstracker.domain.alert;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Text;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One alert event from any source, normalised. The dedup key names the problem (one open task per
 * key within its source and scope); the event key names this very event, so a sender's retry of it
 * is recognised and changes nothing.
 *
 * @param source      which integration delivered it
 * @param scope       narrows the dedup key within the source (a PagerDuty routing key); empty when none
 * @param dedupKey    the problem's identity, at most {@link AlertSource#maxDedupKeyLength()} characters
 * @param eventKey    this event's identity (e.g. fingerprint, startsAt and status), at most {@value #MAX_KEY_LENGTH} characters
 * @param status      firing, acknowledged or resolved, as the sender said (never inferred from {@code endsAt})
 * @param severity    how bad
 * @param summary     one line for a person, at most {@value #MAX_SUMMARY_LENGTH} characters
 * @param labels      identifying key/value pairs (at most {@value #MAX_ENTRIES}), kept sorted by name
 * @param annotations descriptive key/value pairs (at most {@value #MAX_ENTRIES})
 * @param startsAt    when the problem began, if the sender says
 * @param endsAt      when it ended, if the sender says; firing alerts may carry a future one
 * @param links       named URLs back to the sender (generator, dashboard, silence ...), never fetched
 * @param groupKey    the sender's grouping of related alerts, if any
 */
public record Alert(
        AlertSource source,
        String scope,
        String dedupKey,
        String eventKey,
        AlertStatus status,
        Severity severity,
        String summary,
        Map<String, String> labels,
        Map<String, String> annotations,
        Instant startsAt,
        Instant endsAt,
        Map<String, String> links,
        String groupKey) {

    public static final int MAX_SUMMARY_LENGTH = 1024;
    public static final int MAX_KEY_LENGTH = 512;
    public static final int MAX_SCOPE_LENGTH = 128;
    public static final int MAX_ENTRIES = 128;
    public static final int MAX_NAME_LENGTH = 256;
    public static final int MAX_VALUE_LENGTH = 16_384;

    public Alert {
        requireNonNull(source, "source is null");
        scope = scope == null ? "" : checkText("scope", scope, MAX_SCOPE_LENGTH);
        dedupKey = checkKey("dedupKey", dedupKey, source.maxDedupKeyLength());
        eventKey = checkKey("eventKey", eventKey, MAX_KEY_LENGTH);
        requireNonNull(status, "status is null");
        requireNonNull(severity, "severity is null");
        summary = checkKey("summary", summary, MAX_SUMMARY_LENGTH);
        labels = entries("labels", labels);
        annotations = entries("annotations", annotations);
        // Stores keep instants to the microsecond.
        startsAt = startsAt == null ? null : startsAt.truncatedTo(ChronoUnit.MICROS);
        endsAt = endsAt == null ? null : endsAt.truncatedTo(ChronoUnit.MICROS);
        links = entries("links", links);
        groupKey = groupKey == null || groupKey.isBlank() ? null : checkText("groupKey", groupKey, MAX_VALUE_LENGTH);
    }

    /** The same event under another dedup key, as a rule that makes its own keys gives it. */
    public Alert withDedupKey(String key) {
        return new Alert(source, scope, key, eventKey, status, severity, summary, labels, annotations, startsAt, endsAt, links, groupKey);
    }

    /** The text a person reads first: the summary, cut to {@code length} characters with an ellipsis when longer. */
    public String headline(int length) {
        return summary.length() <= length ? summary : AlertTasks.cut(summary, length - 1).stripTrailing() + "…";
    }

    /**
     * A text value checked as an alert's labels, annotations and links are, reported under
     * {@code field}: an adapter checks a value where it reads it, so that a refusal names the
     * value's place in what was sent rather than where the alert keeps it.
     */
    public static String checkValue(String field, String text) {
        if (text == null) {
            throw new DomainException.InvalidInput(field, null, "a text value is required");
        }
        return checkText(field, text, MAX_VALUE_LENGTH);
    }

    /** Entries checked as an alert's labels and annotations are, each reported under {@code field.name}; null is empty. */
    public static SortedMap<String, String> checkEntries(String field, Map<String, String> entries) {
        return entries(field, entries);
    }

    private static String checkKey(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new DomainException.InvalidInput(field, text, "a non-blank value is required");
        }
        return checkText(field, text.strip(), maxLength);
    }

    private static String checkText(String field, String text, int maxLength) {
        Text.requireWellFormed(field, text);
        if (text.length() > maxLength) {
            throw new DomainException.InvalidInput(field, text, "at most %d characters, this one has %d".formatted(maxLength, text.length()));
        }
        return text;
    }

    private static SortedMap<String, String> entries(String field, Map<String, String> entries) {
        if (entries == null || entries.isEmpty()) {
            return Collections.emptySortedMap();
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new DomainException.InvalidInput(field, entries.size() + " entries", "at most %d entries".formatted(MAX_ENTRIES));
        }
        TreeMap<String, String> copy = new TreeMap<>();
        entries.forEach((name, value) -> {
            String entry = field + "." + name;
            if (value == null) {
                throw new DomainException.InvalidInput(entry, null, "a text value is required");
            }
            copy.put(checkKey(field, name, MAX_NAME_LENGTH), checkText(entry, value, MAX_VALUE_LENGTH));
        });
        return Collections.unmodifiableSortedMap(copy);
    }
}
