package dev.opstracker.domain.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/** A signed Unix-seconds timestamp header, and the window around now in which a signature is accepted. */
final class SignedTimestamp {

    /** Both reference Standard Webhooks libraries and Slack use five minutes. */
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    /** Digits only, so no sign, fraction or '.' (the Standard Webhooks separator); 12 digits reach the year 33658. */
    private static final Pattern UNIX_SECONDS = Pattern.compile("[0-9]{1,12}");

    private SignedTimestamp() {
    }

    static Optional<Instant> parse(String text) {
        if (text == null || !UNIX_SECONDS.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
    }

    /** {@link SignatureCheck#VALID} when the header holds Unix seconds within {@link #TOLERANCE} of now, either side. */
    static SignatureCheck check(String text, Instant now) {
        if (isBlank(text)) {
            return SignatureCheck.MISSING;
        }
        Optional<Instant> signedAt = parse(text);
        if (signedAt.isEmpty()) {
            return SignatureCheck.MALFORMED;
        }
        Duration age = Duration.between(signedAt.get(), now).abs();
        return age.compareTo(TOLERANCE) > 0 ? SignatureCheck.STALE : SignatureCheck.VALID;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
