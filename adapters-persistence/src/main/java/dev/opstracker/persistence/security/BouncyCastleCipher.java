package dev.opstracker.persistence.security;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.security.Cipher;
import dev.opstracker.domain.security.DataKey;
import dev.opstracker.domain.security.WrappedKey;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.util.Arrays;
import javax.crypto.BadPaddingException;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Envelope encryption with AES-256 through the Bouncy Castle provider, named by JCA algorithm names
 * only, so that a FIPS build (BC-FJA) runs the same code.
 *
 * <p><b>Data:</b> AES-256-GCM with a 96-bit nonce and a 128-bit tag, sealed as
 * {@code [format 0x01][nonce, 12 bytes][ciphertext || tag]}. The format byte is authenticated along
 * with the caller's associated data, so it cannot be changed to make a later format read old bytes.
 * The provider draws the nonce (FIPS 140-3 expects a GCM IV to be generated inside the module) and
 * this class reads it back. One data key per record keeps each key far below GCM's 2^32
 * random-nonce limit.
 *
 * <p><b>Data keys</b> are wrapped with AES Key Wrap (RFC 3394, JCA {@code AESWrap}, NIST SP 800-38F
 * KW) rather than GCM: it is deterministic, so a master key version has no nonce budget to exhaust
 * however many records are written; its 64-bit integrity check refuses modified bytes; and every
 * name and version is its own random master key, so a wrapped key relabelled with another name or
 * version fails that check as well. Stored as {@code [format 0x01][40 bytes of wrapped key]}.
 */
public final class BouncyCastleCipher implements Cipher {

    private static final String DATA_ALGORITHM = "AES/GCM/NoPadding";
    private static final String WRAP_ALGORITHM = "AESWrap";
    private static final byte SEALED_FORMAT = 1;
    private static final byte WRAPPED_FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BYTES = 16;
    private static final int HEADER_BYTES = 1 + NONCE_BYTES;
    private static final int WRAPPED_BYTES = 1 + 40;

    private final MasterKeys masterKeys;

    public BouncyCastleCipher(MasterKeys masterKeys) {
        this.masterKeys = requireNonNull(masterKeys, "masterKeys is null");
    }

    @Override
    public DataKey newDataKey(String keyName) {
        MasterKey masterKey = masterKeys.newest(KeyNames.check(keyName));
        SecretKey dataKey = BouncyCastle.newAes256Key();
        return new DataKey(dataKey, wrap(dataKey, masterKey));
    }

    @Override
    public DataKey unwrap(WrappedKey wrapped) {
        requireNonNull(wrapped, "wrapped is null");
        MasterKey masterKey = masterKeys.version(KeyNames.check(wrapped.keyName()), wrapped.keyVersion());
        byte[] bytes = wrapped.wrapped();
        if (bytes.length != WRAPPED_BYTES || bytes[0] != WRAPPED_FORMAT) {
            throw new TamperedDataException("wrapped data key %s is not in a known format (%d bytes, format %d)"
                    .formatted(wrapped, bytes.length, bytes.length == 0 ? -1 : bytes[0]));
        }
        try {
            javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(WRAP_ALGORITHM, BouncyCastle.PROVIDER);
            cipher.init(javax.crypto.Cipher.UNWRAP_MODE, masterKey.key());
            Key key = cipher.unwrap(Arrays.copyOfRange(bytes, 1, bytes.length), BouncyCastle.AES, javax.crypto.Cipher.SECRET_KEY);
            return new DataKey((SecretKey) key, wrapped);
        } catch (GeneralSecurityException failure) {
            // KW reports a failed integrity check as an InvalidKeyException: the bytes or their label were changed.
            throw new TamperedDataException("wrapped data key %s failed its integrity check under that master key".formatted(wrapped));
        }
    }

    @Override
    public WrappedKey rewrap(WrappedKey wrapped) {
        // Unwrapping first means a rewrap never creates a key, and a damaged key is reported, not kept.
        DataKey dataKey = unwrap(wrapped);
        MasterKey newest = masterKeys.newest(wrapped.keyName());
        if (newest.version() == wrapped.keyVersion()) {
            return wrapped;
        }
        return wrap(dataKey.key(), newest);
    }

    @Override
    public byte[] seal(DataKey key, byte[] plaintext, byte[] associatedData) {
        requireNonNull(key, "key is null");
        requireNonNull(plaintext, "plaintext is null");
        requireNonNull(associatedData, "associatedData is null");
        try {
            javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(DATA_ALGORITHM, BouncyCastle.PROVIDER);
            cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key.key(), BouncyCastle.random());
            // The provider picks the nonce and tag sizes; other sizes would make data this class cannot open.
            byte[] nonce = cipher.getIV();
            if (nonce == null || nonce.length != NONCE_BYTES) {
                throw new IllegalStateException("the provider's GCM did not draw a %d-byte nonce".formatted(NONCE_BYTES));
            }
            cipher.updateAAD(new byte[] {SEALED_FORMAT});
            cipher.updateAAD(associatedData);
            byte[] sealed = new byte[HEADER_BYTES + plaintext.length + TAG_BYTES];
            sealed[0] = SEALED_FORMAT;
            System.arraycopy(nonce, 0, sealed, 1, NONCE_BYTES);
            int written = cipher.doFinal(plaintext, 0, plaintext.length, sealed, HEADER_BYTES);
            if (written != plaintext.length + TAG_BYTES) {
                throw new IllegalStateException("the provider's GCM did not add a %d-byte tag".formatted(TAG_BYTES));
            }
            return sealed;
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("cannot seal with " + DATA_ALGORITHM + " under data key " + key.wrapped(), failure);
        }
    }

    @Override
    public byte[] open(DataKey key, byte[] sealed, byte[] associatedData) {
        requireNonNull(key, "key is null");
        requireNonNull(sealed, "sealed is null");
        requireNonNull(associatedData, "associatedData is null");
        if (sealed.length < HEADER_BYTES + TAG_BYTES) {
            throw new TamperedDataException("sealed data of %d bytes is shorter than the %d of the smallest sealed value"
                    .formatted(sealed.length, HEADER_BYTES + TAG_BYTES));
        }
        if (sealed[0] != SEALED_FORMAT) {
            throw new TamperedDataException("sealed data has unknown format %d".formatted(sealed[0]));
        }
        try {
            javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(DATA_ALGORITHM, BouncyCastle.PROVIDER);
            cipher.init(javax.crypto.Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BYTES * Byte.SIZE, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(sealed, 0, 1);
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed, HEADER_BYTES, sealed.length - HEADER_BYTES);
        } catch (BadPaddingException failure) {
            // AEADBadTagException in every provider seen; its parent class caught in case one is vaguer.
            throw new TamperedDataException("sealed data failed authentication: modified, truncated, or opened with other associated data");
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("cannot open with " + DATA_ALGORITHM + " under data key " + key.wrapped(), failure);
        }
    }

    private static WrappedKey wrap(SecretKey dataKey, MasterKey masterKey) {
        try {
            javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance(WRAP_ALGORITHM, BouncyCastle.PROVIDER);
            cipher.init(javax.crypto.Cipher.WRAP_MODE, masterKey.key());
            byte[] wrapped = cipher.wrap(dataKey);
            byte[] stored = new byte[1 + wrapped.length];
            stored[0] = WRAPPED_FORMAT;
            System.arraycopy(wrapped, 0, stored, 1, wrapped.length);
            return new WrappedKey(masterKey.name(), masterKey.version(), stored);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("cannot wrap a data key under master key " + masterKey, failure);
        }
    }
}
