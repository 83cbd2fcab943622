package dev.opstracker.persistence.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opstracker.domain.security.Cipher;
import dev.opstracker.domain.security.Cipher.KeyUnavailableException;
import dev.opstracker.domain.security.DataKey;
import dev.opstracker.domain.security.WrappedKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The default master key given as {@code OPSTRACKER_MASTER_KEY}. */
class EnvironmentMasterKeysTest {

    private static final byte[] AAD = "trk/v1|task|9|notes".getBytes(UTF_8);

    @Test
    void dataSealedUnderTheVariablesKeyOpensInAnotherProcessGivenTheSameValue() {
        String value = BouncyCastleCipherTest.randomMasterKey();
        Cipher first = new BouncyCastleCipher(MasterKeys.fromEnvironmentValue(value));
        DataKey key = first.newDataKey("default");
        byte[] sealed = first.seal(key, "hello".getBytes(UTF_8), AAD);

        Cipher second = new BouncyCastleCipher(MasterKeys.fromEnvironmentValue(value + "\n"));

        assertThat(key.wrapped().keyVersion()).isEqualTo(1);
        assertThat(second.open(second.unwrap(key.wrapped()), sealed, AAD)).isEqualTo("hello".getBytes(UTF_8));
    }

    @Test
    void aValueThatIsNotBase64IsRefusedNamingTheVariableWithoutQuotingTheValue() {
        String value = "not*base64*but*a*secret*all*the*same!";

        assertThatThrownBy(() -> MasterKeys.fromEnvironmentValue(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OPSTRACKER_MASTER_KEY")
                .hasNoCause()
                .message().doesNotContain(value).doesNotContain("secret").doesNotContain("*");
    }

    @Test
    void aValueOfTheWrongLengthIsRefusedWithoutQuotingIt() {
        String shortValue = Base64.getEncoder().encodeToString("sixteen byte key".getBytes(UTF_8));

        assertThatThrownBy(() -> MasterKeys.fromEnvironmentValue(shortValue))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OPSTRACKER_MASTER_KEY holds 16 bytes")
                .message().doesNotContain(shortValue).doesNotContain("sixteen");
    }

    @Test
    void anEmptyOrMissingValueIsRefused() {
        assertThatThrownBy(() -> MasterKeys.fromEnvironmentValue(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OPSTRACKER_MASTER_KEY is empty");
        assertThatThrownBy(() -> MasterKeys.fromEnvironmentValue(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OPSTRACKER_MASTER_KEY");
    }

    @Test
    void theVariablesKeyCannotBeRotatedOrDestroyed() {
        MasterKeys keys = MasterKeys.fromEnvironmentValue(BouncyCastleCipherTest.randomMasterKey());

        assertThatThrownBy(() -> keys.rotate("default")).isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be rotated");
        assertThatThrownBy(() -> keys.destroy("client:acme")).isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be destroyed");
    }

    @Test
    void aClientsKeyIsDerivedFromTheVariableTheSameInEveryProcessGivenTheSameValue() {
        String value = BouncyCastleCipherTest.randomMasterKey();
        Cipher first = new BouncyCastleCipher(MasterKeys.fromEnvironmentValue(value));
        DataKey key = first.newDataKey("client:acme");
        byte[] sealed = first.seal(key, "acme's output".getBytes(UTF_8), AAD);

        Cipher second = new BouncyCastleCipher(MasterKeys.fromEnvironmentValue(value));

        assertThat(key.wrapped().keyName()).isEqualTo("client:acme");
        assertThat(key.wrapped().keyVersion()).isEqualTo(1);
        assertThat(second.open(second.unwrap(key.wrapped()), sealed, AAD)).isEqualTo("acme's output".getBytes(UTF_8));
    }

    @Test
    void eachClientsKeyDiffersFromTheDefaultKeyAndFromEveryOtherClientsKey() {
        MasterKeys keys = MasterKeys.fromEnvironmentValue(BouncyCastleCipherTest.randomMasterKey());
        Cipher cipher = new BouncyCastleCipher(keys);
        DataKey acme = cipher.newDataKey("client:acme");

        assertThat(keys.newest("client:acme").key().getEncoded())
                .isNotEqualTo(keys.newest("default").key().getEncoded())
                .isNotEqualTo(keys.newest("client:globex").key().getEncoded())
                .isEqualTo(keys.version("client:acme", 1).key().getEncoded());
        assertThatThrownBy(() -> cipher.unwrap(new WrappedKey("client:globex", 1, acme.wrapped().wrapped())))
                .isInstanceOf(Cipher.TamperedDataException.class);
        assertThatThrownBy(() -> cipher.unwrap(new WrappedKey("default", 1, acme.wrapped().wrapped())))
                .isInstanceOf(Cipher.TamperedDataException.class);
    }

    @Test
    void theVariableGivesNoOtherVersionThanOne() {
        Cipher cipher = new BouncyCastleCipher(MasterKeys.fromEnvironmentValue(BouncyCastleCipherTest.randomMasterKey()));
        DataKey key = cipher.newDataKey("default");

        assertThatThrownBy(() -> cipher.unwrap(new WrappedKey("default", 2, key.wrapped().wrapped())))
                .isInstanceOf(KeyUnavailableException.class)
                .hasMessageContaining("default version 2");
        assertThatThrownBy(() -> cipher.unwrap(new WrappedKey("client:acme", 2, key.wrapped().wrapped())))
                .isInstanceOf(KeyUnavailableException.class)
                .hasMessageContaining("client:acme version 2");
    }

    @Test
    void theKeyRingPrintsNoKey() {
        String value = BouncyCastleCipherTest.randomMasterKey();

        assertThat(MasterKeys.fromEnvironmentValue(value).toString()).doesNotContain(value).contains("OPSTRACKER_MASTER_KEY");
    }
}
