package dev.opstracker.http.alert;

import dev.opstracker.domain.alert.Alert;
import dev.opstracker.domain.alert.AlertStatus;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** What every source's mapping needs: status words, summaries that fit, event keys, and errors named by wire path. */
final class AlertFields {

    private static final String KEY_SEPARATOR = "|";

    private AlertFields() {
    }

    /** The statuses a format allows, by their lowercase names, in the order given (the order error messages list them in). */
    static Map<String, AlertStatus> statusWords(AlertStatus... statuses) {
        Map<String, AlertStatus> words = new LinkedHashMap<>();
        for (AlertStatus status : statuses) {
            words.put(wireName(status), status);
        }
        return Collections.unmodifiableMap(words);
    }

    static String wireName(AlertStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** One of {@code allowed} (lowercase wire words), ignoring case; anything else is a 400 naming {@code field}. */
    static AlertStatus status(String field, String text, Map<String, AlertStatus> allowed) {
        if (text == null || text.isBlank()) {
            throw new DomainException.InvalidInput(field, null, "expected one of " + String.join(", ", allowed.keySet()));
        }
        AlertStatus status = allowed.get(text.strip().toLowerCase(Locale.ROOT));
        if (status == null) {
            throw new DomainException.InvalidInput(field, text, "expected one of " + String.join(", ", allowed.keySet()));
        }
        return status;
    }

    /** The first non-blank text, on one line, cut with an ellipsis to {@link Alert#MAX_SUMMARY_LENGTH}; null when all are blank. */
    static String summary(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return cut(candidate.strip().replaceAll("\\s+", " "), Alert.MAX_SUMMARY_LENGTH);
            }
        }
        return null;
    }

    /** A map of strings as sent, checked as an alert's entries are and refused by its path in the body; null means empty. */
    static Map<String, String> texts(String field, Map<String, String> entries) {
        return Alert.checkEntries(field, entries);
    }

    /**
     * Adds a non-blank value, stripped, unless the name is taken; the value is checked here, so that a
     * refusal names {@code field}, where the sender wrote it, rather than the alert entry it becomes.
     */
    static void putIfPresent(Map<String, String> entries, String name, String value, String field) {
        if (value != null && !value.isBlank()) {
            entries.putIfAbsent(name, Alert.checkValue(field, value.strip()));
        }
    }

    /** Text cut to {@code length} characters, the last being an ellipsis, without splitting a surrogate pair. */
    static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = length - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /**
     * Joins the parts that identify one event. Parts are the sender's own keys, so a joined key may
     * exceed the store's limit; such a key is replaced by its SHA-256, which identifies it as well.
     */
    static String eventKey(String... parts) {
        String joined = String.join(KEY_SEPARATOR, parts);
        return joined.length() <= Alert.MAX_KEY_LENGTH ? joined : "sha256:" + Sha256.hex(joined.getBytes(StandardCharsets.UTF_8));
    }


    /**
     * Builds an alert, reporting the domain's refusal under the sender's field names: the domain says
     * {@code dedupKey}, the sender wrote {@code alerts[2].fingerprint}.
     *
     * @param prefix    the path of the alert in the body, such as {@code alerts[2]}; empty for the body itself
     * @param wireNames the domain's field names mapped to the sender's; names not listed keep the domain's name
     */
    static Alert build(String prefix, Map<String, String> wireNames, Supplier<Alert> alert) {
        try {
            return alert.get();
        } catch (DomainException.InvalidInput invalid) {
            String field = invalid.field();
            int dot = field.indexOf('.');
            String head = dot < 0 ? field : field.substring(0, dot);
            String wire = wireNames.getOrDefault(head, head) + (dot < 0 ? "" : field.substring(dot));
            throw invalid.renamed(prefix.isEmpty() ? wire : prefix + "." + wire);
        }
    }
}
