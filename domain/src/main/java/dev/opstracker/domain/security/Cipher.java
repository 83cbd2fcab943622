package dev.opstracker.domain.security;

/**
 * Envelope encryption of stored data: each record (a command run, say) is sealed under a fresh
 * {@link DataKey} of its own, and only the data key's wrapped form, sealed under a master key, is
 * stored beside the record.
 *
 * <p>Master keys are named (the default one, or one per client, {@code client:<code>}), and each
 * name has versions: new data keys are wrapped under the newest version, and {@link #rewrap}
 * moves a wrapped key to the newest version without touching the data it protects. Destroying a
 * name's master key makes every data key wrapped under it, and so every record sealed by them,
 * unreadable for good (crypto-shredding), while the records' plaintext metadata stays.
 *
 * <p>Contract: {@code open(k, seal(k, p, ad), ad)} returns {@code p}. Sealing the same plaintext
 * twice gives different ciphertexts (a fresh random nonce each time). {@code associatedData} is
 * authenticated but not stored: a ciphertext opened with different associated data (moved to
 * another row, chunk or record) fails, as does any modified, cut or added byte. Implementations
 * are safe for concurrent use.
 */
public interface Cipher {

    /**
     * A fresh random data key, wrapped under the newest version of master key {@code keyName}
     * (created when the name has none yet).
     *
     * @throws IllegalArgumentException when the name is not a valid key name
     * @throws KeyUnavailableException  when the name's master key was destroyed
     */
    DataKey newDataKey(String keyName);

    /**
     * The data key a stored wrapped key holds.
     *
     * @throws KeyUnavailableException when its master key (that version) was destroyed or is unknown here
     * @throws TamperedDataException   when the wrapped key was modified
     */
    DataKey unwrap(WrappedKey wrapped);

    /**
     * The same data key wrapped under the newest version of its master key; the data it seals is
     * not touched. Returns {@code wrapped} itself when it is at the newest version already.
     */
    WrappedKey rewrap(WrappedKey wrapped);

    /** Encrypts and authenticates {@code plaintext} bound to {@code associatedData}. */
    byte[] seal(DataKey key, byte[] plaintext, byte[] associatedData);

    /**
     * Checks and decrypts a {@link #seal} result.
     *
     * @throws TamperedDataException when the data or associated data do not authenticate
     */
    byte[] open(DataKey key, byte[] sealed, byte[] associatedData);

    /** Sealed data failed authentication: it was modified, truncated, or bound to other associated data. */
    final class TamperedDataException extends RuntimeException {
        public TamperedDataException(String message) {
            super(message);
        }
    }

    /** A master key needed to open data is gone (destroyed, or not configured on this node). */
    final class KeyUnavailableException extends RuntimeException {
        public KeyUnavailableException(String message) {
            super(message);
        }
    }
}
