package dev.opstracker.http.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.opstracker.domain.time.Rounding;
import java.util.Locale;

/**
 * A rounding rule on the wire: {@code mode} none, up, nearest or down; {@code minutes} 1, 6, 15 or 30
 * (default 1); {@code scope} entry or day (default entry); {@code minimumMinutes} (default 0).
 */
record RoundingBody(
        @JsonProperty("mode") String mode,
        @JsonProperty("minutes") Integer minutes,
        @JsonProperty("scope") String scope,
        @JsonProperty("minimumMinutes") Integer minimumMinutes) {

    /** Null when no body was given. */
    static Rounding toRounding(RoundingBody body) {
        if (body == null) {
            return null;
        }
        return Rounding.of(body.mode == null ? "none" : body.mode, body.minutes == null ? 1 : body.minutes, body.scope == null ? "entry" : body.scope,
                body.minimumMinutes == null ? 0 : body.minimumMinutes);
    }

    static RoundingBody from(Rounding rounding) {
        if (rounding == null) {
            return null;
        }
        return new RoundingBody(rounding.mode().name().toLowerCase(Locale.ROOT), rounding.stepMinutes(), rounding.scope().name().toLowerCase(Locale.ROOT),
                rounding.minimumMinutes());
    }
}
