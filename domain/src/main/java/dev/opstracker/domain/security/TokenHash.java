package dev.opstracker.domain.security;

import dev.opstracker.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a token secret, as lowercase hex: what is stored instead of the secret.
 * Secrets are long random strings, so a fast unsalted hash is enough to make a stolen table useless.
 */
public record TokenHash(String hex) {

    private static final Pattern HEX_256 = Pattern.compile("[0-9a-f]{64}");

    public TokenHash {
        if (hex == null || !HEX_256.matcher(hex).matches()) {
            throw new IllegalArgumentException("a token hash is 64 lowercase hex digits");
        }
    }

    public static TokenHash of(String secret) {
        return new TokenHash(Sha256.hex(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** Compares in time independent of where the hashes differ. */
    public boolean matches(TokenHash other) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }

    /** Equal hashes, compared in constant time as {@link #matches} does: a record's own equals would stop at the first difference. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TokenHash that && matches(that);
    }

    @Override
    public int hashCode() {
        return hex.hashCode();
    }

    @Override
    public String toString() {
        return "TokenHash[" + hex.substring(0, 8) + "...]";
    }
}
