package dev.opstracker.persistence.security;

import static java.util.Objects.requireNonNull;

import dev.opstracker.domain.backup.BackupArchiver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;

/**
 * Streams encrypted under a key derived from a passphrase, such as backups: any length, in
 * authenticated chunks, one chunk in memory at a time. The key comes from PBKDF2-HMAC-SHA-256
 * (JCA names only, as FORMATS 6.2 asks, so a FIPS build can keep this code; Argon2 and scrypt are
 * not approved there) with {@value #ITERATIONS} iterations (OWASP's 2023 figure) and a fresh salt
 * per stream; chunks are AES-256-GCM in the STREAM construction ({@link ChunkCipher}). The header
 * carries an HMAC, so a wrong passphrase is told apart from a damaged chunk. In FIPS approved mode
 * GCM may refuse nonces chosen outside the module: check before turning it on.
 */
public final class PassphraseEncryption {

    /** Passphrases shorter than this are refused when sealing: the one rule of every backup ({@link BackupArchiver}). */
    public static final int MIN_PASSPHRASE_LENGTH = BackupArchiver.MIN_PASSPHRASE_LENGTH;
    static final int ITERATIONS = 600_000;
    static final int CHUNK_SIZE = 64 * 1024;

    private PassphraseEncryption() {
    }

    /**
     * A stream that seals what is written to it into {@code out}; closing it writes the last chunk
     * and closes {@code out}. Without that close the output does not open.
     *
     * @throws IllegalArgumentException when the passphrase has fewer than {@value #MIN_PASSPHRASE_LENGTH} characters
     */
    public static OutputStream encrypting(OutputStream out, char[] passphrase) throws IOException {
        return encrypting(out, passphrase, ITERATIONS);
    }

    /** As {@link #encrypting(OutputStream, char[])} with fewer iterations, for tests that seal many streams. */
    static OutputStream encrypting(OutputStream out, char[] passphrase, int iterations) throws IOException {
        requireNonNull(out, "out is null");
        requireNonNull(passphrase, "passphrase is null");
        if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
            throw new IllegalArgumentException("the passphrase has %d characters; use at least %d"
                    .formatted(passphrase.length, MIN_PASSPHRASE_LENGTH));
        }
        PassphraseHeader header = new PassphraseHeader(iterations, random(PassphraseHeader.SALT_BYTES), CHUNK_SIZE,
                random(PassphraseHeader.NONCE_PREFIX_BYTES));
        try {
            PassphraseHeader.Keys keys = PassphraseHeader.Keys.derive(passphrase, header);
            byte[] encoded = header.encode(keys);
            out.write(encoded);
            return new SealingOutputStream(out, new ChunkCipher(keys.payloadKey(), header.noncePrefix(), encoded), CHUNK_SIZE);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("the Bouncy Castle provider derives keys with PBKDF2 and HMAC-SHA-256", failure);
        }
    }

    /**
     * A stream of what {@link #encrypting} sealed into {@code in}. The header is read and checked
     * here; chunks as they are read.
     *
     * @throws SealedStreamException when {@code in} is not such a stream, the passphrase is wrong, or
     *                               (while reading) a chunk was changed or the stream was cut short
     */
    public static InputStream decrypting(InputStream in, char[] passphrase) throws IOException {
        requireNonNull(in, "in is null");
        requireNonNull(passphrase, "passphrase is null");
        PassphraseHeader.Opened opened = PassphraseHeader.read(in, passphrase);
        return new OpeningInputStream(in, new ChunkCipher(opened.keys().payloadKey(), opened.header().noncePrefix(), opened.encoded()),
                opened.header().chunkSize());
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        BouncyCastle.random().nextBytes(bytes);
        return bytes;
    }
}
