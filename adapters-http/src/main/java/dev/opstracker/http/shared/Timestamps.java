package dev.opstracker.http.shared;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Instants on the wire are ISO-8601 text; parsed here so a bad one is reported with its field and value. */
public final class Timestamps {

    private Timestamps() {
    }

    /** Null or blank means none. */
    public static Instant parseOptional(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException notAnInstant) {
            throw new DomainException.InvalidInput(field, text,
                    "expected an ISO-8601 instant such as 2026-11-20T08:15:30Z");
        }
    }
}
