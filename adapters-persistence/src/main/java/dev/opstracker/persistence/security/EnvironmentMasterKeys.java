package dev.opstracker.persistence.security;

import dev.opstracker.domain.security.Cipher.KeyUnavailableException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The default master key given in {@value MasterKeys#ENVIRONMENT_VARIABLE}: for deployments that keep
 * the key in a secret manager and hand it to the process, so it never lies on disk, and for several
 * nodes on one database, which must all wrap and unwrap under the same keys. A client's key is derived
 * from it (HKDF-SHA256, RFC 5869, expanding the default key with the client key's name), so every node
 * given the same value has the same client keys without storing any; they are read-only like the
 * default key: a client's key cannot be destroyed on its own here.
 */
final class EnvironmentMasterKeys implements MasterKeys {

    private static final int KEY_BYTES = BouncyCastle.AES_256_BITS / Byte.SIZE;
    private static final int VERSION = 1;
    private static final String DERIVATION_LABEL = "opstracker master key v1 ";

    private final MasterKey key;
    private final Map<String, MasterKey> clientKeys = new ConcurrentHashMap<>();

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
        return KeyNames.check(name).equals(KeyNames.DEFAULT) ? key : clientKeys.computeIfAbsent(name, this::derive);
    }

    @Override
    public MasterKey version(String name, int version) {
        KeyNames.check(name);
        KeyNames.checkVersion(name, version);
        if (version != VERSION) {
            throw new KeyUnavailableException("master key %s version %d is not available: the keys of %s have only version %d"
                    .formatted(name, version, ENVIRONMENT_VARIABLE, VERSION));
        }
        return newest(name);
    }

    /** HKDF-Expand (the default key is uniformly random already, so Extract is skipped, RFC 5869 section 3.3) with the name as info. */
    private MasterKey derive(String name) {
        byte[] defaultKey = key.key().getEncoded();
        byte[] derived = new byte[KEY_BYTES];
        try {
            HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
            hkdf.init(HKDFParameters.skipExtractParameters(defaultKey, (DERIVATION_LABEL + name).getBytes(StandardCharsets.UTF_8)));
            hkdf.generateBytes(derived, 0, derived.length);
            return new MasterKey(name, VERSION, new SecretKeySpec(derived, BouncyCastle.AES));
        } finally {
            Arrays.fill(defaultKey, (byte) 0);
            Arrays.fill(derived, (byte) 0);
        }
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
