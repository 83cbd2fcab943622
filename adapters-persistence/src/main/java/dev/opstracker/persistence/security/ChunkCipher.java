package dev.opstracker.persistence.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM over the chunks of one sealed stream, in the STREAM construction (Hoang, Reyhanitabar,
 * Rogaway and Vizár; age uses it too): chunk {@code i}'s 96-bit nonce is the header's 7-byte prefix,
 * {@code i} in 4 bytes and a last-chunk flag byte, and every chunk authenticates the whole header
 * as associated data. Chunks cannot then be reordered, dropped, moved to another stream, or cut
 * off at the end unnoticed. The key is new for every stream (its salt is), so nonces never repeat under it.
 */
final class ChunkCipher {

    static final int TAG_BYTES = 16;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final long MAX_CHUNKS = 1L << 32;

    private final SecretKey key;
    private final byte[] noncePrefix;
    private final byte[] associatedData;
    private long next;

    ChunkCipher(SecretKey key, byte[] noncePrefix, byte[] associatedData) {
        this.key = key;
        this.noncePrefix = noncePrefix.clone();
        this.associatedData = associatedData.clone();
    }

    /** Seals the next chunk. */
    byte[] seal(byte[] plain, int length, boolean last) throws GeneralSecurityException {
        return cipher(Cipher.ENCRYPT_MODE, last).doFinal(plain, 0, length);
    }

    /** Opens the next chunk; fails when it does not authenticate as chunk number {@link #index()} (last or not). */
    byte[] open(byte[] sealed, int length, boolean last) throws GeneralSecurityException {
        return cipher(Cipher.DECRYPT_MODE, last).doFinal(sealed, 0, length);
    }

    /** The number of the chunk sealed or opened next, from 0. */
    long index() {
        return next;
    }

    private Cipher cipher(int mode, boolean last) throws GeneralSecurityException {
        if (next >= MAX_CHUNKS) {
            throw new IllegalStateException("a sealed stream holds at most 2^32 chunks");
        }
        byte[] nonce = ByteBuffer.allocate(12).put(noncePrefix).putInt((int) next).put((byte) (last ? 1 : 0)).array();
        Cipher cipher = Cipher.getInstance(TRANSFORMATION, BouncyCastle.PROVIDER);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        cipher.updateAAD(associatedData);
        next++;
        return cipher;
    }
}
