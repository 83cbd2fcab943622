package dev.opstracker.persistence.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.security.Cipher;
import dev.opstracker.domain.security.Cipher.KeyUnavailableException;
import dev.opstracker.domain.security.Cipher.TamperedDataException;
import dev.opstracker.domain.security.DataKey;
import dev.opstracker.domain.security.WrappedKey;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotation, rewrapping and crypto-shredding, over master keys in a key file. */
class BouncyCastleCipherKeyLifecycleTest {

    private static final byte[] AAD = "trk/v1|command_run|7|output".getBytes(UTF_8);
    private static final byte[] PLAINTEXT = "systemctl restart nginx".getBytes(UTF_8);

    @TempDir
    Path dataDirectory;
    private MasterKeys masterKeys;
    private Cipher cipher;

    @BeforeEach
    void openKeyFile() {
        masterKeys = KeyFileMasterKeys.inDataDirectory(dataDirectory, "correct horse battery staple".toCharArray());
        cipher = new BouncyCastleCipher(masterKeys);
    }

    @Test
    void aNewDataKeyIsWrappedUnderTheNewestVersionOfItsName() {
        assertThat(cipher.newDataKey("client:acme").wrapped()).extracting(WrappedKey::keyName, WrappedKey::keyVersion)
                .containsExactly("client:acme", 1);

        masterKeys.rotate("client:acme");

        assertThat(cipher.newDataKey("client:acme").wrapped().keyVersion()).isEqualTo(2);
        assertThat(cipher.newDataKey("default").wrapped().keyVersion()).isEqualTo(1);
    }

    @Test
    void dataSealedUnderVersionOneStillOpensAfterRotation() {
        DataKey key = cipher.newDataKey("default");
        byte[] sealed = cipher.seal(key, PLAINTEXT, AAD);

        masterKeys.rotate("default");

        assertThat(cipher.open(cipher.unwrap(key.wrapped()), sealed, AAD)).isEqualTo(PLAINTEXT);
    }

    @Test
    void rewrapMovesTheKeyToTheNewestVersionAndTheDataSealedOnceStillOpens() {
        DataKey key = cipher.newDataKey("client:acme");
        byte[] sealed = cipher.seal(key, PLAINTEXT, AAD);
        masterKeys.rotate("client:acme");

        WrappedKey rewrapped = cipher.rewrap(key.wrapped());

        assertThat(rewrapped.keyName()).isEqualTo("client:acme");
        assertThat(rewrapped.keyVersion()).isEqualTo(2);
        assertThat(rewrapped.wrapped()).isNotEqualTo(key.wrapped().wrapped());
        assertThat(cipher.open(cipher.unwrap(rewrapped), sealed, AAD)).isEqualTo(PLAINTEXT);
    }

    @Test
    void rewrapReturnsTheSameWrappedKeyWhenItIsAtTheNewestVersion() {
        WrappedKey wrapped = cipher.newDataKey("client:acme").wrapped();

        assertThat(cipher.rewrap(wrapped)).isSameAs(wrapped);
    }

    @Test
    void aWrappedKeyRelabelledWithAnotherNameOrVersionIsTampering() {
        WrappedKey wrapped = cipher.newDataKey("client:acme").wrapped();
        cipher.newDataKey("client:globex");
        masterKeys.rotate("client:acme");

        assertThatThrownBy(() -> cipher.unwrap(new WrappedKey("client:globex", 1, wrapped.wrapped())))
                .isInstanceOf(TamperedDataException.class);
        assertThatThrownBy(() -> cipher.unwrap(new WrappedKey("client:acme", 2, wrapped.wrapped())))
                .isInstanceOf(TamperedDataException.class);
    }

    @Test
    void anUnknownVersionIsUnavailableNamingNameAndVersion() {
        WrappedKey wrapped = cipher.newDataKey("client:acme").wrapped();

        assertThatThrownBy(() -> cipher.unwrap(new WrappedKey("client:acme", 5, wrapped.wrapped())))
                .isInstanceOf(KeyUnavailableException.class)
                .hasMessageContaining("client:acme version 5");
        assertThatThrownBy(() -> cipher.rewrap(new WrappedKey("client:acme", 5, wrapped.wrapped())))
                .isInstanceOf(KeyUnavailableException.class);
    }

    @Test
    void destroyingAClientKeyMakesItsDataUnreadableWhileTheDefaultKeysDataStillOpens() {
        DataKey clientKey = cipher.newDataKey("client:acme");
        byte[] clientData = cipher.seal(clientKey, PLAINTEXT, AAD);
        masterKeys.rotate("client:acme");
        WrappedKey rewrapped = cipher.rewrap(clientKey.wrapped());
        DataKey defaultKey = cipher.newDataKey("default");
        byte[] defaultData = cipher.seal(defaultKey, PLAINTEXT, AAD);

        masterKeys.destroy("client:acme");

        assertThatThrownBy(() -> cipher.unwrap(clientKey.wrapped()))
                .isInstanceOf(KeyUnavailableException.class)
                .hasMessageContaining("client:acme version 1 was destroyed");
        assertThatThrownBy(() -> cipher.unwrap(rewrapped))
                .isInstanceOf(KeyUnavailableException.class)
                .hasMessageContaining("client:acme version 2");
        assertThat(cipher.open(cipher.unwrap(defaultKey.wrapped()), defaultData, AAD)).isEqualTo(PLAINTEXT);
        // The data key still in memory is the only way left to clientData; a stored record has none.
        assertThat(cipher.open(clientKey, clientData, AAD)).isEqualTo(PLAINTEXT);
    }

    @Test
    void aDestroyedClientNameGetsNoNewDataKeyNorRotationNorRewrap() {
        WrappedKey wrapped = cipher.newDataKey("client:acme").wrapped();

        masterKeys.destroy("client:acme");

        assertThatThrownBy(() -> cipher.newDataKey("client:acme"))
                .isInstanceOf(KeyUnavailableException.class)
                .hasMessage("master key client:acme was destroyed");
        assertThatThrownBy(() -> masterKeys.rotate("client:acme")).isInstanceOf(KeyUnavailableException.class);
        assertThatThrownBy(() -> cipher.rewrap(wrapped)).isInstanceOf(KeyUnavailableException.class);
    }

    @Test
    void aDestroyedClientKeyStaysDestroyedWhenTheKeyFileIsOpenedAgain() {
        WrappedKey wrapped = cipher.newDataKey("client:acme").wrapped();
        masterKeys.destroy("client:acme");

        Cipher reopened = new BouncyCastleCipher(KeyFileMasterKeys.inDataDirectory(dataDirectory, "correct horse battery staple".toCharArray()));

        assertThatThrownBy(() -> reopened.unwrap(wrapped)).isInstanceOf(KeyUnavailableException.class);
        assertThatThrownBy(() -> reopened.newDataKey("client:acme")).isInstanceOf(KeyUnavailableException.class);
    }

    @Test
    void theDefaultKeyCannotBeDestroyed() {
        assertThatThrownBy(() -> masterKeys.destroy("default"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("default");
        assertThat(cipher.newDataKey("default").wrapped().keyVersion()).isEqualTo(1);
    }
}
