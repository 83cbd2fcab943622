package dev.opstracker.domain.security;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The key of an HMAC webhook signature. It never appears in {@link #toString()}, and errors about a
 * malformed secret never quote it, so a misconfiguration cannot leak it into a log.
 */
public final class SigningSecret {

    /** The Standard Webhooks serialisation of a symmetric secret: this prefix, then the key in base64. */
    public static final String STANDARD_WEBHOOKS_PREFIX = "whsec_";
    /** The smallest key the Standard Webhooks specification allows (it asks for 24 to 64 random bytes). */
    public static final int STANDARD_WEBHOOKS_MIN_BYTES = 24;

    private final byte[] key;

    private SigningSecret(byte[] key) {
        if (key.length == 0) {
            throw new IllegalArgumentException("a signing secret is empty");
        }
        this.key = key;
    }

    /**
     * A Standard Webhooks secret, {@code whsec_} followed by the base64 of the key.
     *
     * @throws IllegalArgumentException without quoting the text, when it is not such a secret
     */
    public static SigningSecret standardWebhooks(String text) {
        requireNonNull(text, "text is null");
        if (!text.startsWith(STANDARD_WEBHOOKS_PREFIX)) {
            throw new IllegalArgumentException("a Standard Webhooks secret starts with " + STANDARD_WEBHOOKS_PREFIX);
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.substring(STANDARD_WEBHOOKS_PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            // The decoder's message quotes the offending character: part of the secret.
            throw new IllegalArgumentException("a Standard Webhooks secret is " + STANDARD_WEBHOOKS_PREFIX + " followed by base64");
        }
        if (key.length < STANDARD_WEBHOOKS_MIN_BYTES) {
            throw new IllegalArgumentException("a Standard Webhooks secret holds at least %d bytes, this one %d"
                    .formatted(STANDARD_WEBHOOKS_MIN_BYTES, key.length));
        }
        return new SigningSecret(key);
    }

    /** A secret used as typed, as its UTF-8 bytes: how Grafana keys its HMAC. */
    public static SigningSecret text(String text) {
        requireNonNull(text, "text is null");
        return new SigningSecret(text.getBytes(StandardCharsets.UTF_8));
    }

    byte[] key() {
        return key;
    }

    @Override
    public String toString() {
        return "SigningSecret[hidden]";
    }
}
