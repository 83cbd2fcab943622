package dev.opstracker.persistence.security;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one place that names the Bouncy Castle provider. Everything else asks it for JCA algorithms by
 * their standard names, so a FIPS build swaps this class (for {@code BouncyCastleFipsProvider}) and
 * nothing else.
 */
final class BouncyCastle {

    /**
     * Passed to each {@code getInstance} rather than registered with {@code Security.addProvider}: an
     * embedding program's own provider order stays as it was.
     */
    static final Provider PROVIDER = new BouncyCastleProvider();
    static final String AES = "AES";
    static final int AES_256_BITS = 256;
    /** Thread-safe; one instance so that each key does not reseed a generator of its own. */
    private static final SecureRandom RANDOM = new SecureRandom();

    private BouncyCastle() {
    }

    static SecretKey newAes256Key() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(AES, PROVIDER);
            generator.init(AES_256_BITS, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("the Bouncy Castle provider generates " + AES + " keys", missing);
        }
    }

    static SecureRandom random() {
        return RANDOM;
    }
}
