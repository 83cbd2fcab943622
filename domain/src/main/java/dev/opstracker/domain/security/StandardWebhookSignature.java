package dev.opstracker.domain.security;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Verifies the Standard Webhooks symmetric signature (standardwebhooks.com): {@code webhook-signature}
 * holds space-separated {@code v1,<base64 HMAC-SHA256>} entries over {@code id + "." + timestamp + "." + body},
 * keyed by any of the configured secrets, so that a sender may rotate its secret while both are active.
 * Entries of other versions (such as the asymmetric {@code v1a}) are skipped, as the reference libraries do.
 *
 * @param secrets every secret currently accepted, old and new during a rotation
 */
public record StandardWebhookSignature(List<SigningSecret> secrets) {

    /** How far the signed timestamp may lie from now; a webhook-id needs remembering for this long either side. */
    public static final Duration TOLERANCE = SignedTimestamp.TOLERANCE;
    /** Generous for the ids senders use ({@code msg_} and 27 characters), small enough to keep many in memory. */
    public static final int MAX_ID_LENGTH = 256;
    private static final String VERSION = "v1,";
    private static final byte[] SEPARATOR = {'.'};

    public StandardWebhookSignature {
        secrets = List.copyOf(requireNonNull(secrets, "secrets is null"));
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a signature needs at least one secret");
        }
    }

    /**
     * Checks a delivery's headers against its exact body bytes. The timestamp is checked before any MAC
     * is computed, so a stale delivery costs no HMAC work.
     *
     * @param id         the {@code webhook-id} header, or null
     * @param timestamp  the {@code webhook-timestamp} header (Unix seconds), or null
     * @param signatures the {@code webhook-signature} header, or null
     * @param body       the body exactly as received
     */
    public SignatureCheck verify(String id, String timestamp, String signatures, byte[] body, Instant now) {
        requireNonNull(body, "body is null");
        requireNonNull(now, "now is null");
        if (SignedTimestamp.isBlank(id) || SignedTimestamp.isBlank(timestamp) || SignedTimestamp.isBlank(signatures)) {
            return SignatureCheck.MISSING;
        }
        // A '.' in the id would let "a.b" + "." + "c" sign the same bytes as "a" + "." + "b.c".
        if (id.indexOf('.') >= 0 || id.length() > MAX_ID_LENGTH) {
            return SignatureCheck.MALFORMED;
        }
        SignatureCheck timely = SignedTimestamp.check(timestamp, now);
        if (timely != SignatureCheck.VALID) {
            return timely;
        }
        List<byte[]> claimed = versionOneMacs(signatures);
        if (claimed.isEmpty()) {
            return SignatureCheck.MALFORMED;
        }
        boolean matched = HmacSha256.anyMatches(secrets, claimed,
                id.getBytes(StandardCharsets.UTF_8), SEPARATOR, timestamp.getBytes(StandardCharsets.US_ASCII), SEPARATOR, body);
        return matched ? SignatureCheck.VALID : SignatureCheck.MISMATCH;
    }

    /** When a delivery signed at {@code timestamp} stops being accepted; empty when it is not Unix seconds. */
    public static Optional<Instant> acceptedUntil(String timestamp) {
        return SignedTimestamp.parse(timestamp).map(signedAt -> signedAt.plus(TOLERANCE));
    }

    private static List<byte[]> versionOneMacs(String header) {
        List<byte[]> macs = new ArrayList<>();
        for (String entry : header.strip().split(" +")) {
            if (!entry.startsWith(VERSION)) {
                continue;
            }
            try {
                byte[] mac = Base64.getDecoder().decode(entry.substring(VERSION.length()));
                if (mac.length == HmacSha256.LENGTH) {
                    macs.add(mac);
                }
            } catch (IllegalArgumentException notBase64) {
                // An entry that cannot be a MAC cannot match; another entry still may.
            }
        }
        return macs;
    }
}
