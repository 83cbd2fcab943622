package dev.opstracker.http.alert;

import dev.opstracker.domain.shared.DomainException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * PagerDuty's ISO 8601 timestamps: its own example, {@code 2015-07-17T08:42:58.315+0000}, has an
 * offset without a colon, which {@link Instant#parse} refuses. Without an offset the time is UTC.
 */
final class EventsTimestamps {

    private static final DateTimeFormatter ISO_8601 = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private EventsTimestamps() {
    }

    /** Null or blank means none. */
    static Instant parseOptional(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            TemporalAccessor parsed = ISO_8601.parse(text.strip());
            return parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? OffsetDateTime.from(parsed).toInstant()
                    : LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notATimestamp) {
            throw new DomainException.InvalidInput(field, text, "expected an ISO 8601 timestamp such as 2015-07-17T08:42:58.315+0000");
        }
    }
}
