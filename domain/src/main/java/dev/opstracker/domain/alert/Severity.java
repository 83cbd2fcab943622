package dev.opstracker.domain.alert;

import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.domain.task.Priority;
import java.util.Locale;
import java.util.Optional;

/** How bad an alert says its problem is, on PagerDuty's four-step scale. */
public enum Severity {
    CRITICAL(Priority.P1),
    ERROR(Priority.P2),
    WARNING(Priority.P3),
    INFO(Priority.P4);

    private final Priority defaultPriority;

    Severity(Priority defaultPriority) {
        this.defaultPriority = defaultPriority;
    }

    /** The priority a task opened by such an alert gets unless a mapping rule says otherwise. */
    public Priority defaultPriority() {
        return defaultPriority;
    }

    /** Reads one of {@code critical}, {@code error}, {@code warning}, {@code info}, ignoring case: for sources whose field is defined with those values. */
    public static Severity parse(String field, String text) {
        return lenient(text).filter(severity -> severity.name().equalsIgnoreCase(text.strip()))
                .orElseThrow(() -> new DomainException.InvalidInput(field, text, "expected one of critical, error, warning, info"));
    }

    /**
     * Reads the free-form severity labels monitoring rules carry ({@code page}, {@code high},
     * {@code warn}, {@code P2}, ...); empty when the text means none of the four.
     */
    public static Optional<Severity> lenient(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "critical", "crit", "fatal", "emergency", "disaster", "page", "p1", "sev1" -> CRITICAL;
            case "error", "err", "high", "major", "p2", "sev2" -> ERROR;
            case "warning", "warn", "average", "medium", "minor", "p3", "sev3" -> WARNING;
            case "info", "information", "informational", "low", "none", "ok", "p4", "sev4" -> INFO;
            default -> null;
        });
    }
}
