package dev.opstracker.domain.task;

import dev.opstracker.domain.shared.DomainException;
import java.util.Locale;

/** How urgent a task is: P1 is the most urgent. */
public enum Priority {
    P1("critical"),
    P2("high"),
    P3("medium"),
    P4("low");

    /** The priority of a task nobody gave one. */
    public static final Priority DEFAULT = P3;

    private final String word;

    Priority(String word) {
        this.word = word;
    }

    /** The everyday word for this priority, such as {@code critical} for P1. */
    public String word() {
        return word;
    }

    /** Reads {@code P1}..{@code P4} or {@code critical}, {@code high}, {@code medium}, {@code low}, ignoring case. */
    public static Priority parse(String field, String text) {
        if (text != null) {
            String normalized = text.strip().toLowerCase(Locale.ROOT);
            for (Priority priority : values()) {
                if (priority.name().toLowerCase(Locale.ROOT).equals(normalized) || priority.word.equals(normalized)) {
                    return priority;
                }
            }
        }
        throw new DomainException.InvalidInput(field, text, "expected P1, P2, P3, P4 or critical, high, medium, low");
    }
}
