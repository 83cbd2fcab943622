package dev.opstracker.persistence.security;

import static java.nio.charset.StandardCharsets.US_ASCII;

import dev.opstracker.persistence.security.SealedStreamException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The header of a passphrase-sealed stream, and the keys it leads to. Layout (big-endian):
 * magic {@code OTSEALED} (8 bytes), format version (1), key derivation (1: PBKDF2-HMAC-SHA-256),
 * iterations (4), salt (16), chunk size (4), nonce prefix (7), then HMAC-SHA-256 of all of that
 * (32). The passphrase and salt give a 256-bit secret through PBKDF2; HKDF-SHA-256's expand step
 * turns it into the header's MAC key and the chunks' AES-256-GCM key.
 */
record PassphraseHeader(int iterations, byte[] salt, int chunkSize, byte[] noncePrefix) {

    static final byte[] MAGIC = "OTSEALED".getBytes(US_ASCII);
    static final int VERSION = 1;
    static final int PBKDF2_HMAC_SHA256 = 1;
    static final int SALT_BYTES = 16;
    static final int NONCE_PREFIX_BYTES = 7;
    private static final int MAC_BYTES = 32;
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final int MAX_CHUNK_SIZE = 16 * 1024 * 1024;
    private static final String HMAC = "HmacSHA256";

    /** The header's bytes followed by their MAC under {@code keys}. */
    byte[] encode(Keys keys) throws GeneralSecurityException {
        byte[] fields = fields();
        byte[] mac = keys.mac(fields);
        byte[] encoded = Arrays.copyOf(fields, fields.length + mac.length);
        System.arraycopy(mac, 0, encoded, fields.length, mac.length);
        return encoded;
    }

    private byte[] fields() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeByte(VERSION);
            out.writeByte(PBKDF2_HMAC_SHA256);
            out.writeInt(iterations);
            out.write(salt);
            out.writeInt(chunkSize);
            out.write(noncePrefix);
        } catch (IOException impossible) {
            throw new IllegalStateException("writing to memory failed", impossible);
        }
        return bytes.toByteArray();
    }

    /** Reads a header and checks its MAC under {@code passphrase}; returns the keys and the header's bytes (the chunks' associated data). */
    static Opened read(InputStream in, char[] passphrase) throws IOException {
        DataInputStream data = new DataInputStream(in);
        try {
            byte[] magic = new byte[MAGIC.length];
            data.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new SealedStreamException(Reason.NOT_SEALED, "not an encrypted OpsTracker file (it does not start with OTSEALED)");
            }
            int version = data.readUnsignedByte();
            int derivation = data.readUnsignedByte();
            if (version != VERSION || derivation != PBKDF2_HMAC_SHA256) {
                throw new SealedStreamException(Reason.UNSUPPORTED, "format version %d with key derivation %d is not known to this OpsTracker (it knows %d with %d)"
                        .formatted(version, derivation, VERSION, PBKDF2_HMAC_SHA256));
            }
            PassphraseHeader header = new PassphraseHeader(data.readInt(), data.readNBytes(SALT_BYTES), data.readInt(), data.readNBytes(NONCE_PREFIX_BYTES));
            if (header.iterations < 1 || header.iterations > MAX_ITERATIONS || header.chunkSize < 1 || header.chunkSize > MAX_CHUNK_SIZE) {
                throw new SealedStreamException(Reason.DAMAGED, "the header is damaged: %d iterations, chunks of %d bytes"
                        .formatted(header.iterations, header.chunkSize));
            }
            byte[] mac = data.readNBytes(MAC_BYTES);
            if (mac.length < MAC_BYTES) {
                throw new EOFException();
            }
            Keys keys = Keys.derive(passphrase, header);
            byte[] fields = header.fields();
            if (!MessageDigest.isEqual(keys.mac(fields), mac)) {
                throw new SealedStreamException(Reason.WRONG_PASSPHRASE, "the passphrase is wrong (or the file's header was changed)");
            }
            return new Opened(header, keys, header.encode(keys));
        } catch (EOFException cut) {
            throw new SealedStreamException(Reason.DAMAGED, "the file ends inside its header", cut);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("the Bouncy Castle provider derives keys with PBKDF2 and HMAC-SHA-256", failure);
        }
    }

    record Opened(PassphraseHeader header, Keys keys, byte[] encoded) {
    }

    /** The two keys of one stream. */
    record Keys(SecretKey macKey, SecretKey payloadKey) {

        static Keys derive(char[] passphrase, PassphraseHeader header) throws GeneralSecurityException {
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256", BouncyCastle.PROVIDER);
            PBEKeySpec spec = new PBEKeySpec(passphrase, header.salt(), header.iterations(), BouncyCastle.AES_256_BITS);
            byte[] secret = factory.generateSecret(spec).getEncoded();
            spec.clearPassword();
            try {
                return new Keys(new SecretKeySpec(expand(secret, "opstracker sealed header"), HMAC),
                        new SecretKeySpec(expand(secret, "opstracker sealed payload"), BouncyCastle.AES));
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
        }

        /** HKDF-SHA-256 expand (RFC 5869) to one block of 32 bytes: HMAC(secret, info || 0x01). */
        private static byte[] expand(byte[] secret, String info) throws GeneralSecurityException {
            Mac mac = Mac.getInstance(HMAC, BouncyCastle.PROVIDER);
            mac.init(new SecretKeySpec(secret, HMAC));
            mac.update(info.getBytes(US_ASCII));
            mac.update((byte) 1);
            return mac.doFinal();
        }

        byte[] mac(byte[] fields) throws GeneralSecurityException {
            Mac mac = Mac.getInstance(HMAC, BouncyCastle.PROVIDER);
            mac.init(macKey);
            return mac.doFinal(fields);
        }
    }
}
