package dev.opstracker.domain.security;

/**
 * Authenticated encryption of stored data.
 *
 * <p>Contract: {@code open(seal(p, ad), ad)} returns {@code p}. Sealing the same plaintext twice
 * gives different ciphertexts (fresh nonce each time). {@code associatedData} is authenticated
 * but not stored: a ciphertext opened with different associated data (for instance moved to
 * another row) fails, as does any modified byte. Implementations are safe for concurrent use.
 */
public interface Cipher {

    /** Encrypts and authenticates {@code plaintext} bound to {@code associatedData}. */
    byte[] seal(byte[] plaintext, byte[] associatedData);

    /**
     * Checks and decrypts a {@link #seal} result.
     *
     * @throws TamperedDataException when the data or associated data do not authenticate
     */
    byte[] open(byte[] sealed, byte[] associatedData);

    /** Sealed data failed authentication: it was modified, truncated, or bound to other associated data. */
    final class TamperedDataException extends RuntimeException {
        public TamperedDataException(String message) {
            super(message);
        }
    }
}
