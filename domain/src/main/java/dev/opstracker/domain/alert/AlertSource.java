package dev.opstracker.domain.alert;

import dev.opstracker.domain.shared.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where an alert came from: each has its own payload shape and its own limit on dedup keys. */
public enum AlertSource {
    ALERTMANAGER("alertmanager", 512),
    GRAFANA("grafana", 512),
    /** PagerDuty Events API v2 shaped events: PagerDuty caps {@code dedup_key} at 255 characters. */
    EVENTS("events", 255),
    GENERIC("generic", 512);

    private final String wireName;
    private final int maxDedupKeyLength;

    AlertSource(String wireName, int maxDedupKeyLength) {
        this.wireName = wireName;
        this.maxDedupKeyLength = maxDedupKeyLength;
    }

    /** The name in URLs, configuration and stored rows, such as {@code alertmanager}. */
    public String wireName() {
        return wireName;
    }

    public int maxDedupKeyLength() {
        return maxDedupKeyLength;
    }

    public static AlertSource parse(String field, String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (AlertSource source : values()) {
            if (source.wireName.equals(wanted)) {
                return source;
            }
        }
        throw new DomainException.InvalidInput(field, text, "expected one of "
                + Arrays.stream(values()).map(AlertSource::wireName).collect(Collectors.joining(", ")));
    }
}
