package dev.opstracker.http.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.shared.DomainException;
import dev.opstracker.http.shared.Timestamps;
import java.time.Instant;

/** The body of {@code POST /api/v1/time/entries/{id}/split}: the instant strictly inside the entry where it is cut. */
record SplitEntryRequest(@JsonProperty("at") String at) {

    Instant instant() {
        Instant instant = Timestamps.parseOptional("at", at);
        if (instant == null) {
            throw new DomainException.InvalidInput("at", at, "the ISO-8601 instant to split the entry at, such as 2026-11-20T10:00:00Z");
        }
        return instant;
    }
}
