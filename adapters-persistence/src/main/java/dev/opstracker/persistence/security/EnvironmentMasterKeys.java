package dev.opstracker.persistence.security;

import dev.opstracker.domain.security.Cipher.KeyUnavailableException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;

/**
 * The single default master key given in {@value MasterKeys#ENVIRONMENT_VARIABLE}: for deployments
 * that keep the key in a secret manager and hand it to the process, so it never lies on disk.
 */
final class EnvironmentMasterKeys implements MasterKeys {

    private static final int KEY_BYTES = BouncyCastle.AES_256_BITS / Byte.SIZE;
    private static final int VERSION = 1;

    private final MasterKey key;

    private EnvironmentMasterKeys(MasterKey key) {
        this.key = key;
    }

    static EnvironmentMasterKeys parse(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " is empty; it holds the base64 of " + KEY_BYTES + " random bytes");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            // Not chained: the decoder's message quotes the offending character, a piece of the key.
            throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " is not base64; it holds the base64 of " + KEY_BYTES + " random bytes");
        }
        try {
            if (bytes.length != KEY_BYTES) {
                throw new IllegalArgumentException("%s holds %d bytes once decoded; a master key is %d random bytes, in base64"
                        .formatted(ENVIRONMENT_VARIABLE, bytes.length, KEY_BYTES));
            }
            return new EnvironmentMasterKeys(new MasterKey(KeyNames.DEFAULT, VERSION, new SecretKeySpec(bytes, BouncyCastle.AES)));
        } finally {
            // SecretKeySpec keeps its own copy.
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public MasterKey newest(String name) {
        if (!KeyNames.check(name).equals(KeyNames.DEFAULT)) {
            throw new KeyUnavailableException("master key %s is not available: %s supplies only the %s key"
                    .formatted(name, ENVIRONMENT_VARIABLE, KeyNames.DEFAULT));
        }
        return key;
    }

    @Override
    public MasterKey version(String name, int version) {
        KeyNames.check(name);
        KeyNames.checkVersion(name, version);
        if (!name.equals(KeyNames.DEFAULT) || version != VERSION) {
            throw new KeyUnavailableException("master key %s version %d is not available: %s supplies only %s version %d"
                    .formatted(name, version, ENVIRONMENT_VARIABLE, KeyNames.DEFAULT, VERSION));
        }
        return key;
    }

    @Override
    public MasterKey rotate(String name) {
        KeyNames.check(name);
        throw readOnly("rotated");
    }

    @Override
    public void destroy(String name) {
        KeyNames.check(name);
        throw readOnly("destroyed");
    }

    private static IllegalStateException readOnly(String what) {
        return new IllegalStateException("the master key from %s cannot be %s here; change the variable, or use a key file in the data directory"
                .formatted(ENVIRONMENT_VARIABLE, what));
    }

    @Override
    public String toString() {
        return "EnvironmentMasterKeys[" + ENVIRONMENT_VARIABLE + "]";
    }
}
