package dev.opstracker.domain.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over a message given in parts, and the constant-time comparison of a claimed MAC. */
final class HmacSha256 {

    static final int LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private HmacSha256() {
    }

    static byte[] of(SigningSecret secret, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("every Java runtime provides " + ALGORITHM, missing);
        }
    }

    /**
     * Whether any claimed MAC equals the MAC of the message under any secret. Every pair is compared,
     * each in constant time, so the time taken does not tell an attacker how close a guess came.
     */
    static boolean anyMatches(List<SigningSecret> secrets, List<byte[]> claimed, byte[]... parts) {
        boolean matched = false;
        for (SigningSecret secret : secrets) {
            byte[] expected = of(secret, parts);
            for (byte[] candidate : claimed) {
                matched |= MessageDigest.isEqual(expected, candidate);
            }
        }
        return matched;
    }
}
