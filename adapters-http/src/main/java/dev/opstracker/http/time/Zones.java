package dev.opstracker.http.time;

import dev.opstracker.domain.shared.DomainException;
import java.time.ZoneId;
import java.util.Set;

/**
 * Zones on the wire are IANA region ids ({@code Europe/Berlin}, {@code UTC}). Fixed offsets such as
 * {@code +02:00} are refused: reports bucket days in the zone, and an offset has no daylight saving time.
 */
final class Zones {

    static final ZoneId DEFAULT = ZoneId.of("UTC");
    private static final Set<String> KNOWN = Set.copyOf(ZoneId.getAvailableZoneIds());

    private Zones() {
    }

    /** The zone named by {@code text}, or {@link #DEFAULT} when none is given. */
    static ZoneId parseOrDefault(String field, String text) {
        return text == null ? DEFAULT : parse(field, text);
    }

    static ZoneId parse(String field, String text) {
        String id = text == null ? "" : text.strip();
        if (!KNOWN.contains(id)) {
            throw new DomainException.InvalidInput(field, text, "expected an IANA time zone id such as Europe/Berlin or UTC");
        }
        return ZoneId.of(id);
    }
}
