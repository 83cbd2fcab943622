package dev.opstracker.persistence.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.security.Cipher;
import dev.opstracker.domain.security.Cipher.TamperedDataException;
import dev.opstracker.domain.security.DataKey;
import dev.opstracker.domain.security.WrappedKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Sealing and opening, over the default master key from an environment value (no file needed). */
class BouncyCastleCipherTest {

    private static final String MASTER_KEY = randomMasterKey();
    private static final byte[] AAD = "trk/v1|task|42|output".getBytes(UTF_8);

    private final Cipher cipher = new BouncyCastleCipher(MasterKeys.fromEnvironmentValue(MASTER_KEY));
    private final DataKey key = cipher.newDataKey("default");

    static String randomMasterKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void openReturnsWhatWasSealed() {
        byte[] plaintext = "uptime: 42 days".getBytes(UTF_8);

        assertThat(cipher.open(key, cipher.seal(key, plaintext, AAD), AAD)).isEqualTo(plaintext);
        assertThat(cipher.open(key, cipher.seal(key, new byte[0], new byte[0]), new byte[0])).isEmpty();
    }

    @Test
    void sealedValueIsAFormatByteANonceAndTheCiphertextWithItsTag() {
        byte[] sealed = cipher.seal(key, new byte[100], AAD);

        assertThat(sealed).hasSize(1 + 12 + 100 + 16);
        assertThat(sealed[0]).isEqualTo((byte) 1);
    }

    @Test
    void samePlaintextSealedTwiceGivesDifferentBytes() {
        byte[] plaintext = "same".getBytes(UTF_8);

        byte[] first = cipher.seal(key, plaintext, AAD);
        byte[] second = cipher.seal(key, plaintext, AAD);

        assertThat(first).isNotEqualTo(second);
        assertThat(Arrays.copyOfRange(first, 1, 13)).isNotEqualTo(Arrays.copyOfRange(second, 1, 13));
    }

    @Test
    void openingWithOtherAssociatedDataIsTampering() {
        byte[] sealed = cipher.seal(key, "secret".getBytes(UTF_8), AAD);

        assertThatThrownBy(() -> cipher.open(key, sealed, "trk/v1|task|43|output".getBytes(UTF_8)))
                .isInstanceOf(TamperedDataException.class)
                .hasMessageContaining("associated data");
        assertThatThrownBy(() -> cipher.open(key, sealed, new byte[0])).isInstanceOf(TamperedDataException.class);
    }

    @Test
    void everyFlippedBitOfASealedValueIsTampering() {
        byte[] sealed = cipher.seal(key, "rm -rf /tmp/x".getBytes(UTF_8), AAD);

        for (int position = 0; position < sealed.length; position++) {
            for (int bit = 0; bit < Byte.SIZE; bit++) {
                byte[] modified = sealed.clone();
                modified[position] ^= (byte) (1 << bit);
                assertThatThrownBy(() -> cipher.open(key, modified, AAD))
                        .as("bit %d of byte %d flipped", bit, position)
                        .isInstanceOf(TamperedDataException.class);
            }
        }
    }

    @Test
    void everyTruncationAndAnAppendedByteAreTampering() {
        byte[] sealed = cipher.seal(key, "df -h".getBytes(UTF_8), AAD);

        for (int length = 0; length < sealed.length; length++) {
            byte[] truncated = Arrays.copyOf(sealed, length);
            assertThatThrownBy(() -> cipher.open(key, truncated, AAD))
                    .as("cut to %d bytes", length)
                    .isInstanceOf(TamperedDataException.class);
        }
        assertThatThrownBy(() -> cipher.open(key, Arrays.copyOf(sealed, sealed.length + 1), AAD))
                .isInstanceOf(TamperedDataException.class);
    }

    @Test
    void anUnknownFormatByteIsTamperingNamedAsSuch() {
        byte[] sealed = cipher.seal(key, "x".getBytes(UTF_8), AAD);
        sealed[0] = 2;

        assertThatThrownBy(() -> cipher.open(key, sealed, AAD))
                .isInstanceOf(TamperedDataException.class)
                .hasMessageContaining("unknown format 2");
    }

    @Test
    void openingWithAnotherDataKeyIsTampering() {
        byte[] sealed = cipher.seal(key, "x".getBytes(UTF_8), AAD);

        assertThatThrownBy(() -> cipher.open(cipher.newDataKey("default"), sealed, AAD)).isInstanceOf(TamperedDataException.class);
    }

    @Test
    void anUnwrappedDataKeyOpensWhatTheNewOneSealed() {
        byte[] sealed = cipher.seal(key, "kept".getBytes(UTF_8), AAD);

        DataKey unwrapped = cipher.unwrap(new WrappedKey(key.wrapped().keyName(), key.wrapped().keyVersion(), key.wrapped().wrapped()));

        assertThat(cipher.open(unwrapped, sealed, AAD)).isEqualTo("kept".getBytes(UTF_8));
    }

    @Test
    void everyFlippedByteOrWrongLengthOfAWrappedKeyIsTampering() {
        WrappedKey wrapped = key.wrapped();
        byte[] bytes = wrapped.wrapped();

        for (int position = 0; position < bytes.length; position++) {
            byte[] modified = bytes.clone();
            modified[position] ^= 1;
            WrappedKey tampered = new WrappedKey(wrapped.keyName(), wrapped.keyVersion(), modified);
            assertThatThrownBy(() -> cipher.unwrap(tampered)).as("byte %d flipped", position).isInstanceOf(TamperedDataException.class);
        }
        assertThatThrownBy(() -> cipher.unwrap(new WrappedKey("default", 1, Arrays.copyOf(bytes, bytes.length - 1))))
                .isInstanceOf(TamperedDataException.class);
        assertThatThrownBy(() -> cipher.unwrap(new WrappedKey("default", 1, new byte[0])))
                .isInstanceOf(TamperedDataException.class);
    }

    @Test
    void aKeyNameOtherThanDefaultOrAClientCodeIsRejectedByValue() {
        for (String invalid : List.of("", "Default", "client:", "client:-x", "client:a b", "client:" + "x".repeat(65), "tenant:acme", "client:a#1")) {
            assertThatThrownBy(() -> cipher.newDataKey(invalid))
                    .as(invalid)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"" + invalid + "\"");
        }
        assertThatThrownBy(() -> cipher.newDataKey(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.unwrap(new WrappedKey("tenant:acme", 1, key.wrapped().wrapped())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tenant:acme");
    }

    @Test
    void validClientCodesAreAcceptedAsKeyNames() {
        for (String valid : List.of("default", "client:a", "client:ACME-01", "client:acme_eu.west", "client:" + "x".repeat(64))) {
            assertThat(KeyNames.isValid(valid)).as(valid).isTrue();
        }
    }

    @Test
    void errorsAndKeysPrintNoKeyMaterial() {
        String encodedKey = Base64.getEncoder().encodeToString(key.key().getEncoded());
        byte[] sealed = cipher.seal(key, "x".getBytes(UTF_8), AAD);
        sealed[20] ^= 1;

        assertThatThrownBy(() -> cipher.open(key, sealed, AAD)).message().doesNotContain(encodedKey);
        assertThat(key.toString()).doesNotContain(encodedKey).contains("default v1");
        assertThat(new MasterKey("default", 1, key.key()).toString()).isEqualTo("MasterKey[default v1]");
    }

    @Test
    void manyThreadsSealAndOpenAtOnce() throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                byte[] aad = ("thread " + thread).getBytes(UTF_8);
                results.add(pool.submit(() -> {
                    start.await();
                    int opened = 0;
                    for (int round = 0; round < 200; round++) {
                        DataKey own = round % 2 == 0 ? key : cipher.newDataKey("default");
                        byte[] plaintext = ("round " + round).getBytes(UTF_8);
                        byte[] sealed = cipher.seal(own, plaintext, aad);
                        opened += Arrays.equals(cipher.open(cipher.unwrap(own.wrapped()), sealed, aad), plaintext) ? 1 : 0;
                    }
                    return opened;
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
