package dev.opstracker.persistence.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.persistence.security.SealedStreamException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PassphraseEncryptionTest {

    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    private static final int CHUNK = PassphraseEncryption.CHUNK_SIZE;

    @Test
    void whatIsSealedOpensByteForByteWhateverItsLengthAgainstTheChunkSize() throws IOException {
        for (int length : new int[] {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 7}) {
            byte[] plain = randomBytes(length);

            assertThat(open(seal(plain), PASSPHRASE)).as("%d bytes", length).isEqualTo(plain);
        }
    }

    @Test
    void theSealedBytesHideThePlainTextAndDifferEachTime() throws IOException {
        byte[] plain = "password=hunter2 ".repeat(100).getBytes(UTF_8);

        byte[] first = seal(plain);
        byte[] second = seal(plain);

        assertThat(new String(first, UTF_8)).doesNotContain("hunter2");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aWrongPassphraseIsToldApartFromDamage() throws IOException {
        byte[] sealed = seal(randomBytes(1000));

        assertThatThrownBy(() -> open(sealed, "not the right passphrase".toCharArray()))
                .isInstanceOfSatisfying(SealedStreamException.class, failure -> assertThat(failure.reason()).isEqualTo(Reason.WRONG_PASSPHRASE))
                .hasMessage("the passphrase is wrong (or the file's header was changed)");
    }

    @Test
    void aChangedByteInAnyChunkFailsAsDamage() throws IOException {
        byte[] sealed = seal(randomBytes(2 * CHUNK + 100));
        for (int position : new int[] {headerLength() + 5, headerLength() + CHUNK + 40, sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[position] ^= 0x01;

            assertThatThrownBy(() -> open(changed, PASSPHRASE)).as("byte %d", position)
                    .isInstanceOfSatisfying(SealedStreamException.class, failure -> assertThat(failure.reason()).isEqualTo(Reason.DAMAGED))
                    .hasMessageContaining("damaged or cut short");
        }
    }

    @Test
    void aStreamCutAtAChunkBoundaryOrInsideAChunkOrExtendedFails() throws IOException {
        byte[] sealed = seal(randomBytes(2 * CHUNK + 100));
        int sealedChunk = CHUNK + ChunkCipher.TAG_BYTES;
        byte[][] variants = {
            Arrays.copyOf(sealed, headerLength() + sealedChunk),
            Arrays.copyOf(sealed, headerLength() + sealedChunk + 10),
            Arrays.copyOf(sealed, headerLength()),
            Arrays.copyOf(sealed, sealed.length + 1),
        };
        for (byte[] variant : variants) {
            assertThatThrownBy(() -> open(variant, PASSPHRASE)).as("%d bytes", variant.length)
                    .isInstanceOfSatisfying(SealedStreamException.class, failure -> assertThat(failure.reason()).isEqualTo(Reason.DAMAGED));
        }
    }

    @Test
    void somethingElseIsRecognisedAsNotSealed() {
        assertThatThrownBy(() -> open("PK\3\4 a plain zip file".getBytes(UTF_8), PASSPHRASE))
                .isInstanceOfSatisfying(SealedStreamException.class, failure -> assertThat(failure.reason()).isEqualTo(Reason.NOT_SEALED))
                .hasMessageContaining("not an encrypted OpsTracker file");
        assertThatThrownBy(() -> open("OTSE".getBytes(UTF_8), PASSPHRASE))
                .isInstanceOfSatisfying(SealedStreamException.class, failure -> assertThat(failure.reason()).isEqualTo(Reason.DAMAGED));
    }

    @Test
    void aShortPassphraseIsRefusedWhenSealing() {
        assertThatThrownBy(() -> PassphraseEncryption.encrypting(new ByteArrayOutputStream(), "short".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the passphrase has 5 characters; use at least 12");
    }

    @Test
    void theDefaultKeyDerivationRoundTrips() throws IOException {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = PassphraseEncryption.encrypting(sealed, PASSPHRASE)) {
            out.write("runbooks".getBytes(UTF_8));
        }

        assertThat(open(sealed.toByteArray(), PASSPHRASE)).asString(UTF_8).isEqualTo("runbooks");
    }

    /** Sealed with few iterations, so that the tests derive many keys quickly; the header carries the count. */
    private static byte[] seal(byte[] plain) throws IOException {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = PassphraseEncryption.encrypting(sealed, PASSPHRASE, 1_000)) {
            // Written in odd pieces, as a zip writer would.
            for (int offset = 0; offset < plain.length; offset += 1000) {
                out.write(plain, offset, Math.min(1000, plain.length - offset));
            }
        }
        return sealed.toByteArray();
    }

    private static byte[] open(byte[] sealed, char[] passphrase) throws IOException {
        try (InputStream in = PassphraseEncryption.decrypting(new ByteArrayInputStream(sealed), passphrase)) {
            return in.readAllBytes();
        }
    }

    private static int headerLength() {
        return 8 + 1 + 1 + 4 + PassphraseHeader.SALT_BYTES + 4 + PassphraseHeader.NONCE_PREFIX_BYTES + 32;
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }
}
