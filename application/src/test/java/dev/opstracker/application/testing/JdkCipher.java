package dev.opstracker.application.testing;

import dev.opstracker.domain.security.Cipher;
import dev.opstracker.domain.security.DataKey;
import dev.opstracker.domain.security.WrappedKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link Cipher} on the JDK's own AES-GCM, for application tests (the product's is Bouncy
 * Castle's, in the persistence adapter): one master key per name, a single version, and
 * {@link #destroy} to crypto-shred a name.
 */
public final class JdkCipher implements Cipher {

    private static final int NONCE_BYTES = 12;
    private final SecretKey master = new SecretKeySpec(new SecureRandom().generateSeed(32), "AES");
    private final SecureRandom random = new SecureRandom();
    private final Set<String> destroyed = new HashSet<>();

    @Override
    public DataKey newDataKey(String keyName) {
        requireAvailable(keyName);
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            SecretKey key = generator.generateKey();
            return new DataKey(key, new WrappedKey(keyName, 1, sealWith(master, key.getEncoded(), wrapData(keyName))));
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException(failure);
        }
    }

    @Override
    public DataKey unwrap(WrappedKey wrapped) {
        requireAvailable(wrapped.keyName());
        byte[] key = open(master, wrapped.wrapped(), wrapData(wrapped.keyName()));
        return new DataKey(new SecretKeySpec(key, "AES"), wrapped);
    }

    @Override
    public WrappedKey rewrap(WrappedKey wrapped) {
        return wrapped;
    }

    @Override
    public byte[] seal(DataKey key, byte[] plaintext, byte[] associatedData) {
        return sealWith(key.key(), plaintext, associatedData);
    }

    @Override
    public byte[] open(DataKey key, byte[] sealed, byte[] associatedData) {
        return open(key.key(), sealed, associatedData);
    }

    /** Erases a master key: what it wrapped no longer opens. */
    public synchronized void destroy(String keyName) {
        destroyed.add(keyName);
    }

    private synchronized void requireAvailable(String keyName) {
        if (destroyed.contains(keyName)) {
            throw new KeyUnavailableException("master key " + keyName + " was destroyed");
        }
    }

    private static byte[] wrapData(String keyName) {
        return ("test-dek|" + keyName).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] sealWith(SecretKey key, byte[] input, byte[] associatedData) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(input);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static byte[] open(SecretKey key, byte[] sealed, byte[] associatedData) {
        if (sealed.length < NONCE_BYTES + 16) {
            throw new TamperedDataException("sealed data is too short");
        }
        try {
            javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(javax.crypto.Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException tampered) {
            throw new TamperedDataException("sealed data failed authentication");
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
