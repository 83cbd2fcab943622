package dev.opstracker.domain.security;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Verifies the HMAC a Grafana contact point sends with {@code hmacConfig} (Grafana 11.6 and later): the
 * signature header holds the bare hex HMAC-SHA256 of the body, or, when a timestamp header is configured,
 * of {@code timestamp + ":" + body}. Only the timestamped form protects against replays, so configure it.
 *
 * @param secrets     every secret currently accepted, old and new during a rotation
 * @param timestamped whether Grafana was configured with a timestamp header, which then must be present and recent
 */
public record GrafanaSignature(List<SigningSecret> secrets, boolean timestamped) {

    private static final Pattern HEX_MAC = Pattern.compile("[0-9a-fA-F]{" + 2 * HmacSha256.LENGTH + "}");
    private static final byte[] SEPARATOR = {':'};

    public GrafanaSignature {
        secrets = List.copyOf(requireNonNull(secrets, "secrets is null"));
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a signature needs at least one secret");
        }
    }

    /**
     * Checks a delivery's headers against its exact body bytes; a configured timestamp is checked first.
     *
     * @param signature the signature header, or null
     * @param timestamp the timestamp header (Unix seconds), or null; ignored unless {@link #timestamped()}
     * @param body      the body exactly as received
     */
    public SignatureCheck verify(String signature, String timestamp, byte[] body, Instant now) {
        requireNonNull(body, "body is null");
        requireNonNull(now, "now is null");
        if (SignedTimestamp.isBlank(signature) || timestamped && SignedTimestamp.isBlank(timestamp)) {
            return SignatureCheck.MISSING;
        }
        if (timestamped) {
            SignatureCheck timely = SignedTimestamp.check(timestamp, now);
            if (timely != SignatureCheck.VALID) {
                return timely;
            }
        }
        String hex = signature.strip();
        if (!HEX_MAC.matcher(hex).matches()) {
            return SignatureCheck.MALFORMED;
        }
        List<byte[]> claimed = List.of(HexFormat.of().parseHex(hex));
        boolean matched = timestamped
                ? HmacSha256.anyMatches(secrets, claimed, timestamp.getBytes(StandardCharsets.US_ASCII), SEPARATOR, body)
                : HmacSha256.anyMatches(secrets, claimed, body);
        return matched ? SignatureCheck.VALID : SignatureCheck.MISMATCH;
    }
}
